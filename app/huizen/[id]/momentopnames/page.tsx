import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { MapWorkspace } from '@/components/map/map-workspace';
import { DiffList } from '@/components/snapshots/diff-list';
import { SnapshotForm } from '@/components/snapshots/snapshot-form';
import { formatDateTime } from '@/lib/domain/format-date';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { getSnapshots } from '@/lib/use-cases/snapshots';
import { takeSnapshotAction } from '../actions';
import { networkOnWire } from '@/lib/domain/map/network-on-wire';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Momentopnames' };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export default async function SnapshotsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const van = typeof query.van === 'string' ? query.van : null;
  const tot = typeof query.tot === 'string' ? query.tot : 'nu';
  const result = await loadHousePage(`/huizen/${id}/momentopnames`, (user) => getSnapshots(user, id, van, tot));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { snapshots, network, comparison } = result.data;
  const now = new Date();
  // A select is as wide as its longest option ("Na de workshop … (dd-mm-jjjj uu:mm)"): on a phone it
  // must shrink to the column, or the page scrolls sideways.
  const select = 'mt-0.5 w-full max-w-full rounded border border-black/15 bg-white px-2 py-1.5 text-sm sm:w-auto';
  return (
    <>
      <HouseHeader house={network.house} active="momentopnames" />
      <div className="grid grid-cols-1 gap-5 *:min-w-0 lg:grid-cols-2">
        <section className="rounded-xl border border-black/10 bg-white p-4" aria-labelledby="nemen">
          <h2 id="nemen" className="mb-2 text-lg font-semibold">
            Momentopname nemen
          </h2>
          <p className="mb-3 text-sm text-muted">Bewaar de kaart zoals ze nu is, om later te zien wat er veranderde.</p>
          <SnapshotForm action={takeSnapshotAction.bind(null, id)} suggestion={`Stand ${MONTHS[now.getMonth()]} ${now.getFullYear()}`} />
        </section>
        <section className="rounded-xl border border-black/10 bg-white p-4" aria-labelledby="vergelijken">
          <h2 id="vergelijken" className="mb-2 text-lg font-semibold">
            Vergelijken
          </h2>
          {snapshots.length === 0 ? (
            <p className="text-sm text-muted">Nog geen momentopnames.</p>
          ) : (
            <form className="flex flex-wrap items-end gap-2" method="get">
              <label className="min-w-0 max-w-full text-sm">
                <span className="block text-xs text-muted">Van</span>
                <select name="van" defaultValue={van ?? snapshots[0].id} className={select}>
                  {snapshots.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label} ({formatDateTime(s.takenAt)})
                    </option>
                  ))}
                </select>
              </label>
              <label className="min-w-0 max-w-full text-sm">
                <span className="block text-xs text-muted">Tot</span>
                <select name="tot" defaultValue={tot} className={select}>
                  <option value="nu">Nu</option>
                  {snapshots.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label} ({formatDateTime(s.takenAt)})
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-brand px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft">
                Vergelijk
              </button>
            </form>
          )}
          {snapshots.length ? (
            <ul className="mt-3 space-y-0.5 text-sm" data-testid="snapshot-list">
              {snapshots.map((s) => (
                <li key={s.id}>
                  <span className="font-medium">{s.label}</span>{' '}
                  <span className="text-muted">
                    · {formatDateTime(s.takenAt)}
                    {s.takenBy ? ` · ${s.takenBy}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
      {comparison ? (
        <section className="mt-6 space-y-4" aria-labelledby="verschil">
          <h2 id="verschil" className="text-lg font-semibold">
            Van ‘{comparison.before.label}’ tot ‘{comparison.after.label}’
          </h2>
          <DiffList diff={comparison.diff} />
          <p className="text-sm text-muted">Op de kaart: groene gloed = toegevoegd, oranje = gewijzigd, rode gloed met stippellijn = verdwenen.</p>
          <MapWorkspace network={networkOnWire(comparison.network)} initialLayout="ringen" decorations={comparison.decorations} />
        </section>
      ) : null}
    </>
  );
}
