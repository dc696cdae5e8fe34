import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { DiffList } from '@/components/snapshots/diff-list';
import { ActionItemForm } from '@/components/workshop/action-item-form';
import { CloseForm } from '@/components/workshop/close-form';
import { formatDateTime } from '@/lib/domain/format-date';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { getWorkshopOutcome } from '@/lib/use-cases/workshops/close';
import { closeWorkshopAction, saveActionItemAction } from './actions';
import { workshopActing } from '@/lib/edge/participant';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workshop afsluiten' };

/** Close the workshop; afterwards: the action list to fill in, the before/after diff, the report. */
export default async function ClosePage({ params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code);
  if (!code) notFound();
  const result = await loadPageData(() => guardPage(`/workshop/${code}/afsluiten`, async () => getWorkshopOutcome(await workshopActing(), code)));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { workshop, diff, proposals, actions } = result.data;
  const count = (status: string) => proposals.filter((p) => p.status === status).length;
  const closed = workshop.state === 'closed';
  return (
    <>
      <PageHeader
        title={closed ? `Actielijst van workshop ${code}` : `Workshop ${code} afsluiten`}
        intro={`${workshop.houseName} · geopend ${formatDateTime(workshop.opensAt)}${workshop.closedAt ? ` · afgesloten ${formatDateTime(workshop.closedAt)}` : ''} · ${workshop.participants} deelnemers · ${count('accepted')} ${count('accepted') === 1 ? 'voorstel' : 'voorstellen'} aanvaard, ${count('set_aside')} opzij gelegd`}
      />
      {!closed ? (
        <section className="space-y-4 rounded-xl border border-black/10 bg-white p-5">
          <p>
            Bij het afsluiten bewaart Netwerkkaart de kaart als momentopname ‘Na de workshop’ en maakt de actielijst: elke actor waarvan ‘gewenst’ hoger ligt
            dan ‘nu’, en elke actor die ‘nog niet’ betrokken is.
          </p>
          <CloseForm action={closeWorkshopAction.bind(null, code)} pending={count('pending')} />
          <p>
            <Link className="font-medium text-brand underline" href={`/workshop/${code}/begeleiden`}>
              ← Terug naar het begeleidingsscherm
            </Link>
          </p>
        </section>
      ) : (
        <div className="space-y-8">
          <section className="flex flex-wrap gap-3" aria-label="Verslag downloaden">
            <a className="rounded-lg bg-brand px-4 py-2.5 font-semibold text-white" href={`/workshop/${code}/verslag.pdf`} data-testid="report-pdf">
              Verslag (PDF, A4)
            </a>
            <a
              className="rounded-lg border border-brand px-4 py-2.5 font-semibold text-brand"
              href={`/workshop/${code}/actielijst.csv`}
              data-testid="action-csv"
            >
              Actielijst (CSV)
            </a>
            {workshop.beforeSnapshotId && workshop.afterSnapshotId ? (
              <Link
                className="rounded-lg border border-black/20 bg-white px-4 py-2.5"
                href={`/huizen/${workshop.houseId}/momentopnames?van=${workshop.beforeSnapshotId}&tot=${workshop.afterSnapshotId}`}
              >
                Vóór en na op de kaart
              </Link>
            ) : null}
          </section>
          <section aria-labelledby="acties" className="space-y-2">
            <h2 id="acties" className="text-xl font-semibold">
              Actielijst ({actions.length})
            </h2>
            <p className="text-sm text-muted">
              Vul per actor een trekker, een volgende stap en een streefdatum in; ze komen in het uitbreidingsplan van het huis.
            </p>
            {actions.length === 0 ? (
              <p className="text-muted">Geen acties: geen enkele actor ‘nog niet’ of met een hogere ‘gewenst’.</p>
            ) : (
              <div className="space-y-2" data-testid="action-list">
                {actions.map((item) => (
                  <ActionItemForm key={item.key} item={item} action={saveActionItemAction.bind(null, code, item.key)} />
                ))}
              </div>
            )}
          </section>
          {diff ? (
            <section aria-labelledby="verschil" className="space-y-2">
              <h2 id="verschil" className="text-xl font-semibold">
                Vóór en na de workshop
              </h2>
              <DiffList diff={diff} />
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}
