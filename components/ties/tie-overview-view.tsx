import Link from 'next/link';
import { TIE_KIND_DEFINITIONS } from '@/lib/domain/ties/tie-kinds';
import type { TieOverview } from '@/lib/use-cases/ties/tie-overview';
import { scrollable } from '@/components/scrollable';

/** Kind en Gezin on the overview: which types of actors most often work together, and where mandatory partners do not. */
export function TieOverviewView({ overview }: { overview: TieOverview }) {
  const none = overview.mandatory.filter((h) => h.ties === 0);
  return (
    <div className="space-y-5" data-testid="tie-overview">
      <p role="status" className="text-sm text-muted">
        <strong className="text-ink">{overview.housesWithTies} huizen</strong> tekenden samen{' '}
        <strong className="text-ink">{overview.ties} samenwerkingen</strong> tussen hun partners. De bevraging van 2016 vroeg hier niet naar: deze cijfers
        veranderen niets aan de cijfers van 2016.
      </p>
      <section aria-labelledby="paren-titel" className="rounded-xl border border-black/10 bg-white p-4">
        <h2 id="paren-titel" className="text-lg font-semibold">
          Welke soorten actoren werken het vaakst samen?
        </h2>
        <p className="text-sm text-muted">
          Per soort samenwerking en paar van soorten actoren: in hoeveel huizen dat paar minstens één keer samenwerkt. Bij een doorverwijzing telt de richting.
        </p>
        {overview.pairs.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Nog geen samenwerking getekend.</p>
        ) : (
          <div className="relative mt-3 overflow-x-auto" {...scrollable('Paren van soorten actoren die samenwerken')}>
            <table className="w-full min-w-[560px] text-left text-sm" data-testid="type-pairs">
              <thead className="text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Soort samenwerking
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Van
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Naar / met
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Huizen
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {overview.pairs.slice(0, 25).map((p) => (
                  <tr key={`${p.kind}:${p.fromName}:${p.toName}`}>
                    <td className="py-1.5 pr-3">{TIE_KIND_DEFINITIONS[p.kind].label}</td>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {p.fromName}
                    </th>
                    <td className="py-1.5 pr-3">{p.toName}</td>
                    <td className="py-1.5 text-right tabular-nums">{p.houses}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="verplicht-los-titel" className="rounded-xl border border-black/10 bg-white p-4">
        <h2 id="verplicht-los-titel" className="text-lg font-semibold">
          Verplichte partners zonder samenwerking onder elkaar ({none.length})
        </h2>
        <p className="text-sm text-muted">
          Huizen die twee of meer organisaties benoemen van de soorten die verplicht moeten aansluiten (rechtstreeks betrokken), zonder één samenwerking tussen
          die organisaties. Huizen die per soort antwoorden, benoemen geen organisaties en staan hier niet.
        </p>
        {none.length === 0 ? (
          <p className="mt-2 text-sm text-muted">Geen.</p>
        ) : (
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2" data-testid="mandatory-without-ties">
            {none.map((h) => (
              <li key={h.houseId}>
                <Link href={`/huizen/${h.houseId}/netwerk`} className="text-brand underline-offset-2 hover:underline">
                  {h.houseName}
                </Link>
                <span className="text-muted"> · {h.organisations} verplichte partners</span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-xs text-muted">Soorten die verplicht moeten aansluiten (rapport 4.3.9, 4.3.11, 4.4.4): {overview.mandatoryTypes.join(', ')}.</p>
      </section>
    </div>
  );
}
