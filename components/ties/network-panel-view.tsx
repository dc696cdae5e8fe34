import Link from 'next/link';
import { bridgeSentence, cutPointSentence, cutPointsSentence, densitySentence, tiesSentence, unconnectedSentence } from '@/lib/domain/ties/metric-sentences';
import type { NetworkMetrics } from '@/lib/domain/ties/network-metrics';
import { TIE_KIND_DEFINITIONS, TIE_KINDS } from '@/lib/domain/ties/tie-kinds';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { levelLabel } from '@/lib/domain/levels';
import { scrollable } from '@/components/scrollable';
import { TieTable } from './tie-list';

const percent = (share: number) => `${Math.round(share * 100)}%`;

function Figure({ label, value, sentence, testId }: { label: string; value: string; sentence: string; testId: string }) {
  return (
    <div className="rounded-xl border border-black/10 bg-white p-4" data-testid={testId}>
      <p className="text-sm font-medium text-muted">{label}</p>
      <p className="mt-1 text-3xl font-semibold tabular-nums text-ink">{value}</p>
      <p className="mt-2 text-sm">{sentence}</p>
    </div>
  );
}

/**
 * The "Netwerk" panel of a house: what its ties between partners tell (issue 17). Every figure
 * comes with one plain sentence of what it means (lib/domain/ties/metric-sentences.ts).
 */
export function NetworkPanelView({ network, metrics }: { network: HouseNetwork; metrics: NetworkMetrics }) {
  const names = new Map(network.actors.map((a) => [a.id, a.name]));
  const bridges = metrics.partnerFigures.filter((p) => p.betweenness > 0).slice(0, 3);
  return (
    <div className="space-y-5" data-testid="network-panel">
      <p className="max-w-3xl text-sm text-muted">
        Wat het rapport het sterkst waardeert, gebeurt tussen de partners: een warme doorverwijzing, afstemming van het aanbod, co-creatie (rapport r. 1731,
        1783, 4020). Deze cijfers kijken naar de rechtstreeks betrokken organisaties (minimaal, gemiddeld, kernpartner) en de overleggen van het huis, zonder
        het huis zelf: wat houdt het netwerk samen als het huis er even niet tussen zit?
      </p>
      {network.actors.length === 0 ? (
        <p className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
          Dit huis beantwoordt de vragenlijst per soort actor. Samenwerking wordt getekend tussen benoemde organisaties:{' '}
          <Link href={`/huizen/${network.house.id}/vragenlijst`} className="text-brand underline">
            benoem ze in de vragenlijst
          </Link>
          .
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure testId="figure-ties" label="Samenwerkingen" value={String(metrics.ties)} sentence={tiesSentence(metrics)} />
        <Figure
          testId="figure-density"
          label="Dichtheid"
          value={metrics.density === null ? '—' : percent(metrics.density)}
          sentence={densitySentence(metrics)}
        />
        <Figure testId="figure-unconnected" label="Zonder samenwerking" value={String(metrics.unconnected.length)} sentence={unconnectedSentence(metrics)} />
        <Figure testId="figure-cut-points" label="Onmisbare schakels" value={String(metrics.cutPoints.length)} sentence={cutPointsSentence(metrics)} />
      </div>

      <section aria-labelledby="netwerk-brugfiguren" className="rounded-xl border border-black/10 bg-white p-4">
        <h2 id="netwerk-brugfiguren" className="text-lg font-semibold">
          Samenwerkingen en brugfiguren per partner
        </h2>
        <p className="text-sm text-muted">
          Samenwerkingen: met hoeveel organisaties van het huis de partner samenwerkt. Brugfiguur: welk deel van de kortste verbindingen tussen twee andere
          partners of overleggen via deze partner loopt; wie hoog scoort, brengt anderen samen.
        </p>
        {bridges.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="bridge-sentences">
            {bridges.map((b) => (
              <li key={b.id}>{bridgeSentence(b)}</li>
            ))}
          </ul>
        ) : null}
        {metrics.partnerFigures.length ? (
          <div className="relative mt-3 overflow-x-auto" {...scrollable('Samenwerkingen en brugfiguren per partner')}>
            <table className="w-full min-w-[480px] text-left text-sm" data-testid="partner-figures">
              <thead className="text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Partner
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Betrokkenheid
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right">
                    Samenwerkingen
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Brugfiguur
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {metrics.partnerFigures.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {p.name}
                    </th>
                    <td className="py-1.5 pr-3">{levelLabel(p.level)}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">{p.ties}</td>
                    <td className="py-1.5 text-right tabular-nums">{percent(p.betweenness)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <div className="grid gap-5 *:min-w-0 lg:grid-cols-2">
        <section aria-labelledby="netwerk-los" className="rounded-xl border border-black/10 bg-white p-4">
          <h2 id="netwerk-los" className="text-lg font-semibold">
            Partners zonder samenwerking ({metrics.unconnected.length})
          </h2>
          <p className="text-sm text-muted">{unconnectedSentence(metrics)}</p>
          {metrics.unconnected.length ? (
            <ul className="mt-2 list-disc pl-5 text-sm" data-testid="unconnected">
              {metrics.unconnected.map((u) => (
                <li key={u.id}>{u.name}</li>
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="netwerk-schakels" className="rounded-xl border border-black/10 bg-white p-4">
          <h2 id="netwerk-schakels" className="text-lg font-semibold">
            Onmisbare schakels ({metrics.cutPoints.length})
          </h2>
          <p className="text-sm text-muted">{cutPointsSentence(metrics)}</p>
          {metrics.cutPoints.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm" data-testid="cut-points">
              {metrics.cutPoints.map((c) => (
                <li key={`${c.kind}:${c.id}`}>{cutPointSentence(c)}</li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="netwerk-banden" className="rounded-xl border border-black/10 bg-white p-4">
        <h2 id="netwerk-banden" className="text-lg font-semibold">
          Alle samenwerkingen ({metrics.ties})
        </h2>
        <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {TIE_KINDS.map((k) => (
            <li key={k}>
              {TIE_KIND_DEFINITIONS[k].label}: <span className="tabular-nums text-ink">{metrics.tiesByKind[k]}</span>
            </li>
          ))}
        </ul>
        <TieTable ties={network.ties ?? []} names={names} caption="Alle samenwerkingen tussen organisaties van het huis" />
        <p className="mt-3 text-sm">
          <a href={`/api/huizen/${network.house.id}/samenwerking.csv`} className="text-brand underline" download>
            Samenwerking exporteren (CSV)
          </a>
          <span className="text-muted"> · kolommen Van; Naar; Soort; Notitie; Sinds. Zo’n bestand leest u terug in via </span>
          <Link href={`/huizen/${network.house.id}/importeren`} className="text-brand underline">
            Importeren
          </Link>
          <span className="text-muted"> (ook het blad ‘Samenwerking’ van de Excel-export, bewaard als CSV).</span>
        </p>
      </section>
    </div>
  );
}
