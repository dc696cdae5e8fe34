import Link from 'next/link';
import { formatNumber } from '@/components/survey/format';
import type { StoredCluster } from '@/lib/domain/catalogue';
import { LEVEL_STYLES } from '@/lib/domain/level-style';
import type { Comparison } from '@/lib/domain/overview/comparison';
import { URBANISATION_LABELS, type Urbanisation } from '@/lib/domain/regions';
import { LevelPill } from './level-pill';
import { ShareBar } from './share-bar';

interface Props {
  house: { id: string; name: string; province: string; urbanisation: Urbanisation };
  group: 'verstedelijking' | 'alle';
  comparison: Comparison;
  clusters: StoredCluster[];
}

/** Per actor type: this house's answer next to the share of comparable houses, by cluster. */
export function ComparisonView({ house, group, comparison, clusters }: Props) {
  const groupLabel =
    group === 'verstedelijking'
      ? `${comparison.houses} andere huizen in ${URBANISATION_LABELS[house.urbanisation].toLowerCase()}`
      : `${comparison.houses} andere huizen`;
  const opportunities = comparison.rows.filter((r) => r.opportunity);
  return (
    <div className="space-y-4" data-testid="comparison">
      <section className="grid gap-3 sm:grid-cols-3" aria-label="Samenvatting">
        <div className="rounded-xl border border-black/10 bg-white p-4">
          <p className="text-sm text-muted">Huis</p>
          <p className="font-semibold">
            <Link href={`/huizen/${house.id}`} className="text-brand hover:underline">
              {house.name}
            </Link>
          </p>
          <p className="text-sm text-muted">
            {house.province} · {URBANISATION_LABELS[house.urbanisation]} · vergeleken met {groupLabel}
          </p>
        </div>
        <Figure label="Direct betrokken actoren" own={comparison.own.direct} group={comparison.group.direct} />
        <Figure label="Kernpartners" own={comparison.own.kernpartners} group={comparison.group.kernpartners} />
      </section>
      {comparison.houses < 5 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          De vergelijkingsgroep is klein ({comparison.houses} huizen): één huis verschuift een aandeel fors. Vergelijk ook met alle huizen.
        </p>
      ) : null}
      {opportunities.length > 0 ? (
        <p className="rounded-md border border-brand/30 bg-brand-soft/50 px-3 py-2 text-sm">
          <strong>Groeikansen:</strong> minstens de helft van de vergelijkbare huizen betrekt deze actoren direct, dit huis niet:{' '}
          {opportunities.map((r) => r.name).join(', ')}.
        </p>
      ) : null}
      {clusters.map((cluster) => {
        const rows = comparison.rows.filter((r) => r.cluster === cluster.code);
        if (rows.length === 0) return null;
        return (
          <section
            key={cluster.code}
            aria-labelledby={`cl-${cluster.code}`}
            className="relative overflow-x-auto rounded-xl border border-black/10 bg-white"
            tabIndex={0}
          >
            <h3 id={`cl-${cluster.code}`} className="border-b border-black/10 px-4 py-2 font-semibold">
              {cluster.name}
            </h3>
            <table className="w-full min-w-[640px] table-fixed text-sm">
              <colgroup>
                <col className="w-[38%]" />
                <col className="w-[20%]" />
                <col className="w-[21%]" />
                <col className="w-[21%]" />
              </colgroup>
              <thead>
                <tr className="text-left text-xs text-muted">
                  <th scope="col" className="px-4 py-1.5 font-medium">
                    Actor
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Dit huis
                  </th>
                  <th scope="col" className="px-2 py-1.5 font-medium">
                    Direct betrokken elders
                  </th>
                  <th scope="col" className="px-4 py-1.5 font-medium">
                    Als kernpartner elders
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code} data-type={r.code} className={`border-t border-black/5 ${r.opportunity ? 'bg-brand-soft/40' : ''}`}>
                    <th scope="row" className="px-4 py-1.5 text-left font-normal">
                      {r.name}
                      {r.mandatory ? (
                        <span className="ml-1 text-xs font-semibold text-accent" title="verplicht aan te sluiten">
                          ●
                        </span>
                      ) : null}
                      {r.opportunity ? (
                        <span className="ml-2 rounded bg-brand px-1.5 py-0.5 text-[10px] font-semibold uppercase text-white">groeikans</span>
                      ) : null}
                    </th>
                    <td className="px-2 py-1.5">
                      <LevelPill level={r.level} />
                    </td>
                    <td className="px-2 py-1.5">
                      <ShareBar value={r.directShare} fill={LEVEL_STYLES.gemiddeld.fill} label="Direct betrokken in vergelijkbare huizen" />
                    </td>
                    <td className="px-4 py-1.5">
                      <ShareBar value={r.kernShare} fill={LEVEL_STYLES.kernpartner.fill} label="Kernpartner in vergelijkbare huizen" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <p className="text-xs text-muted">
        ● = verplicht aan te sluiten. Aandelen over de andere huizen van de groep (het huis zelf telt niet mee), ook huizen die voor een actor geen antwoord
        gaven.
      </p>
    </div>
  );
}

function Figure({ label, own, group }: { label: string; own: number; group: number | null }) {
  return (
    <div className="rounded-xl border border-black/10 bg-white p-4">
      <p className="text-sm text-muted">{label}</p>
      <p className="text-2xl font-semibold tabular-nums">{own}</p>
      <p className="text-sm text-muted">gemiddeld {formatNumber(group)} in de groep</p>
    </div>
  );
}
