import type { ClusterWithTypes } from '@/lib/use-cases/catalogue';
import { LevelDistributionBar } from './level-distribution-bar';
import { MandatoryBadge } from './mandatory-badge';

const SURVEY_HOUSES = 116;

export function CatalogueCluster({ cluster, clusterNames }: { cluster: ClusterWithTypes; clusterNames: Record<string, string> }) {
  return (
    <section id={cluster.code} aria-labelledby={`${cluster.code}-title`} className="scroll-mt-16 rounded-xl border border-black/10 bg-white">
      <header className="border-b border-black/10 px-4 py-3 sm:px-5">
        <h2 id={`${cluster.code}-title`} className="text-lg font-semibold">
          {cluster.order}. {cluster.name}
        </h2>
        <p className="text-xs text-muted">
          Rapport {cluster.section}
          {cluster.table ? ` · ${cluster.table}` : ' · geen tabel in het rapport'}
        </p>
      </header>
      {cluster.types.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted sm:px-5">Geen actoren uit vraag 4 in deze cluster.</p>
      ) : (
        <ul className="divide-y divide-black/5">
          {cluster.types.map((type) => {
            const direct = type.counts2016 ? type.counts2016[0] + type.counts2016[1] + type.counts2016[2] : null;
            return (
              <li
                key={type.code}
                className="grid gap-2 px-4 py-3 sm:px-5 md:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)] md:items-center md:gap-6"
                data-actor-type={type.code}
              >
                <div>
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{type.name}</span>
                    {type.mandatory ? <MandatoryBadge note={type.mandatoryNote} line={type.mandatoryLine} /> : null}
                    {type.expectedByDecree ? (
                      <span className="rounded-full border border-brand/40 px-2 py-0.5 text-xs text-brand" title="Decreet Art. 7">
                        samenwerking verwacht (Art. 7)
                      </span>
                    ) : null}
                    {!type.fromQuestionnaire ? <span className="rounded-full bg-paper px-2 py-0.5 text-xs text-muted">niet in vraag 4</span> : null}
                  </div>
                  {type.alsoFits.length > 0 ? (
                    <p className="mt-0.5 text-xs text-muted">Past ook in: {type.alsoFits.map((code) => clusterNames[code] ?? code).join('; ')}</p>
                  ) : null}
                </div>
                <div>
                  {type.counts2016 ? (
                    <>
                      <LevelDistributionBar counts={type.counts2016} houses={SURVEY_HOUSES} />
                      <p className="mt-1 text-xs text-muted">
                        2016: direct betrokken in {direct} van {type.total2016} huizen
                        {type.total2016 ? ` (${((100 * (direct ?? 0)) / type.total2016).toFixed(1).replace('.', ',')}%)` : ''}
                      </p>
                    </>
                  ) : (
                    <p className="text-xs text-muted">Geen cijfers per antwoord in het rapport.</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
