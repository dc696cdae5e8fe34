import Link from 'next/link';
import type { StoredCluster } from '@/lib/domain/catalogue';
import type { PairComparison, PairFigures, PairRow } from '@/lib/domain/house-pair';
import { URBANISATION_LABELS, type Urbanisation } from '@/lib/domain/regions';
import { LevelPill } from './level-pill';

interface PairHouse {
  id: string;
  name: string;
  province: string;
  urbanisation: Urbanisation;
}

const SIDE_NOTE: Record<PairRow['direct'], string | null> = { both: null, neither: null, a: 'alleen A direct', b: 'alleen B direct' };

/** House A beside house B, per actor type and by cluster; rows where they differ stand out. */
export function HousePairView({ a, b, comparison, clusters }: { a: PairHouse; b: PairHouse; comparison: PairComparison; clusters: StoredCluster[] }) {
  const differing = comparison.rows.filter((r) => r.differs).length;
  return (
    <div className="space-y-4" data-testid="house-pair">
      <section className="grid gap-3 sm:grid-cols-2" aria-label="Samenvatting">
        <HouseCard mark="A" house={a} figures={comparison.a} />
        <HouseCard mark="B" house={b} figures={comparison.b} />
      </section>
      <p className="rounded-md border border-brand/30 bg-brand-soft/50 px-3 py-2 text-sm" data-testid="pair-summary">
        Bij {differing} van de {comparison.rows.length} soorten actoren verschilt het antwoord. {comparison.onlyA}{' '}
        {comparison.onlyA === 1 ? 'soort is' : 'soorten zijn'} alleen in A direct betrokken, {comparison.onlyB} alleen in B.{' '}
        <Link href={`/overzicht/vergelijken?huis=${a.id}`} className="text-brand underline underline-offset-2">
          Vergelijk A met vergelijkbare huizen
        </Link>
        .
      </p>
      {clusters.map((cluster) => {
        const rows = comparison.rows.filter((r) => r.cluster === cluster.code);
        if (rows.length === 0) return null;
        return (
          <section key={cluster.code} aria-labelledby={`paar-${cluster.code}`} className="rounded-xl border border-black/10 bg-white">
            <h3 id={`paar-${cluster.code}`} className="border-b border-black/10 px-4 py-2 font-semibold">
              {cluster.name}
            </h3>
            <table className="w-full table-fixed text-sm [&_[data-level]]:whitespace-normal">
              <colgroup>
                <col className="w-[44%]" />
                <col className="w-[28%]" />
                <col className="w-[28%]" />
              </colgroup>
              <thead>
                <tr className="text-left text-xs text-muted">
                  <th scope="col" className="px-3 py-1.5 font-medium sm:px-4">
                    Actor
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    <abbr title={a.name} className="no-underline">
                      A
                    </abbr>
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    <abbr title={b.name} className="no-underline">
                      B
                    </abbr>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={r.code}
                    data-type={r.code}
                    data-differs={r.differs}
                    className={`border-t border-black/5 ${r.direct === 'a' || r.direct === 'b' ? 'bg-brand-soft/40' : ''}`}
                  >
                    <th scope="row" className="break-words px-3 py-1.5 text-left font-normal sm:px-4">
                      {r.name}
                      {r.mandatory ? (
                        <span className="ml-1 text-xs font-semibold text-accent" title="verplicht aan te sluiten">
                          ●
                        </span>
                      ) : null}
                      {SIDE_NOTE[r.direct] ? <span className="block text-xs font-medium text-brand">{SIDE_NOTE[r.direct]}</span> : null}
                    </th>
                    <td className="px-2 py-1.5">
                      <LevelPill level={r.a} />
                    </td>
                    <td className="px-2 py-1.5">
                      <LevelPill level={r.b} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="text-xs text-muted">
        ● = verplicht aan te sluiten. A = {a.name}, B = {b.name}. Het antwoord per soort actor (afgeleid van de benoemde organisaties waar een huis die noemt).
      </p>
    </div>
  );
}

function HouseCard({ mark, house, figures }: { mark: string; house: PairHouse; figures: PairFigures }) {
  return (
    <div className="rounded-xl border border-black/10 bg-white p-4">
      <p className="text-sm text-muted">Huis {mark}</p>
      <p className="font-semibold">
        <Link href={`/huizen/${house.id}`} className="text-brand underline-offset-2 hover:underline">
          {house.name}
        </Link>
      </p>
      <p className="text-sm text-muted">
        {house.province} · {URBANISATION_LABELS[house.urbanisation]}
      </p>
      <p className="mt-2 text-sm">
        <strong className="text-lg tabular-nums">{figures.direct}</strong> direct betrokken ·{' '}
        <strong className="text-lg tabular-nums">{figures.kernpartners}</strong> kernpartners
      </p>
    </div>
  );
}
