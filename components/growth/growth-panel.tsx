import { formatDate } from '@/lib/format-date';
import type { Growth } from '@/lib/growth-model';
import { levelLabel } from '@/lib/levels';
import { URBANISATION_LABELS } from '@/lib/regions';
import { scrollable } from '@/components/scrollable';

const pct = (n: number) => `${n.toFixed(1).replace('.', ',')}%`;

/** What a coordinator takes away: the expansion plan, the missing mandatory partners, and what peers have. */
export function GrowthPanel({ growth, compact = false }: { growth: Growth; compact?: boolean }) {
  const h = compact ? 'text-base' : 'text-lg';
  return (
    <div className={compact ? 'space-y-4' : 'grid gap-5 *:min-w-0 lg:grid-cols-2'} data-testid="growth">
      <section aria-labelledby="groei-nog-niet" className="rounded-xl border border-black/10 bg-white p-4 lg:col-span-2">
        <h2 id="groei-nog-niet" className={`${h} font-semibold`}>Uitbreidingsplan: nog niet betrokken ({growth.nogNiet.length})</h2>
        {growth.nogNiet.length === 0 ? (
          <p className="mt-1 text-sm text-muted">Geen actoren met ‘nog niet’.</p>
        ) : (
          <div className="mt-2 relative overflow-x-auto" {...scrollable('Uitbreidingsplan')}>
            <table className="w-full min-w-[560px] text-left text-sm" data-testid="growth-nog-niet">
              <thead className="text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3">Actor</th>
                  <th scope="col" className="py-1 pr-3">Trekker</th>
                  <th scope="col" className="py-1 pr-3">Volgende stap</th>
                  <th scope="col" className="py-1">Streefdatum</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {growth.nogNiet.map((e) => (
                  <tr key={e.key}>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {e.name}
                      {e.missingMandatory ? <span className="ml-1 text-xs font-semibold text-[#b42318]">verplicht</span> : null}
                    </th>
                    <td className="py-1.5 pr-3">{e.owner ?? <span className="text-muted">—</span>}</td>
                    <td className="py-1.5 pr-3">{e.nextStep ?? <span className="text-muted">—</span>}</td>
                    <td className="py-1.5">{e.due ? formatDate(e.due) : <span className="text-muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="groei-verplicht" className="rounded-xl border border-[#b42318]/30 bg-red-50/50 p-4">
        <h2 id="groei-verplicht" className={`${h} font-semibold`}>Verplichte partners die ontbreken ({growth.missing.length})</h2>
        {growth.missing.length === 0 ? (
          <p className="mt-1 text-sm text-muted">Alle verplichte partners die in het werkingsgebied aanwezig zijn, zijn betrokken.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="growth-missing">
            {growth.missing.map((e) => (
              <li key={e.typeCode}>
                <span className="font-medium">⚠ {e.typeName}</span> <span className="text-muted">({levelLabel(e.level).toLowerCase()})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="groei-peers" className="rounded-xl border border-black/10 bg-white p-4">
        <h2 id="groei-peers" className={`${h} font-semibold`}>Kernpartner bij de meeste huizen in {URBANISATION_LABELS[growth.urbanisation].toLowerCase()}, hier niet</h2>
        {growth.peers.length === 0 ? (
          <p className="mt-1 text-sm text-muted">Geen: wat bij de meeste vergelijkbare huizen kernpartner is, is hier betrokken.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="growth-peers">
            {growth.peers.map((p) => (
              <li key={p.code} className="flex justify-between gap-3">
                <span>
                  <span className="font-medium">{p.name}</span> <span className="text-muted">(hier: {levelLabel(p.level).toLowerCase()})</span>
                </span>
                <span className="whitespace-nowrap tabular-nums" title={`${p.corePeers} van ${p.peers} huizen`}>
                  {pct(p.percent)} <span className="text-xs text-muted">({p.corePeers}/{p.peers})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-muted">Berekend uit de databank: het aandeel huizen met dezelfde verstedelijkingsgraad (dit huis niet meegeteld) waar de actor kernpartner is.</p>
      </section>
    </div>
  );
}
