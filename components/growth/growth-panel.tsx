import { formatDate } from '@/lib/domain/format-date';
import type { Growth } from '@/lib/domain/growth';
import { levelLabel } from '@/lib/domain/levels';
import { URBANISATION_LABELS } from '@/lib/domain/regions';
import type { QuestionnaireActions } from '../questionnaire/types';
import { PlanAddForm } from './plan-add-form';
import { PlanRowForm } from './plan-row-form';
import { scrollable } from '@/components/scrollable';

const pct = (n: number) => `${n.toFixed(1).replace('.', ',')}%`;

/**
 * What a coordinator takes away: the expansion plan, the missing mandatory partners, and what
 * peers have. With `actions` (a user who may edit) the plan is edited in place; without, read.
 */
export function GrowthPanel({ growth, compact = false, actions }: { growth: Growth; compact?: boolean; actions?: Pick<QuestionnaireActions, 'saveEntry'> }) {
  const h = compact ? 'text-base' : 'text-lg';
  return (
    <div className={compact ? 'space-y-4' : 'grid gap-5 *:min-w-0 lg:grid-cols-2'} data-testid="growth">
      <section aria-labelledby="groei-plan" className="rounded-xl border border-black/10 bg-white lg:col-span-2">
        <div className="p-4 pb-2">
          <h2 id="groei-plan" className={`${h} font-semibold`}>
            Uitbreidingsplan ({growth.plan.length})
          </h2>
          <p className="text-sm text-muted">
            Actoren die nog niet betrokken zijn, of die het huis sterker wil betrekken (‘gewenst’, zoals in een workshop afgesproken), met trekker, volgende
            stap en streefdatum.
          </p>
        </div>
        {growth.plan.length === 0 ? (
          <p className="px-4 pb-3 text-sm text-muted">Nog niets gepland.</p>
        ) : actions ? (
          <div data-testid="growth-plan">
            <div
              aria-hidden="true"
              className="hidden border-y border-black/10 px-3 py-1 text-xs uppercase tracking-wide text-muted lg:grid lg:grid-cols-[minmax(0,1.2fr)_9rem_minmax(0,1fr)_minmax(0,1.8fr)_9.5rem_auto] lg:gap-2.5"
            >
              <span>Actor · nu</span>
              <span>Gewenst</span>
              <span>Trekker</span>
              <span>Volgende stap</span>
              <span>Streefdatum</span>
              <span className="w-[4.6rem]" />
            </div>
            <div className="divide-y divide-black/5">
              {growth.plan.map((e) => (
                <PlanRowForm key={e.key} entry={e} action={actions.saveEntry} />
              ))}
            </div>
          </div>
        ) : (
          <div className="relative overflow-x-auto px-4 pb-3" {...scrollable('Uitbreidingsplan')}>
            <table className="w-full min-w-[640px] text-left text-sm" data-testid="growth-plan">
              <thead className="text-xs uppercase tracking-wide text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3">
                    Actor
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Nu
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Gewenst
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Trekker
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Volgende stap
                  </th>
                  <th scope="col" className="py-1">
                    Streefdatum
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-black/5">
                {growth.plan.map((e) => (
                  <tr key={e.key}>
                    <th scope="row" className="py-1.5 pr-3 font-medium">
                      {e.name}
                      {e.missingMandatory ? <span className="ml-1 text-xs font-semibold text-[#b42318]">verplicht</span> : null}
                    </th>
                    <td className="py-1.5 pr-3">{levelLabel(e.level)}</td>
                    <td className="py-1.5 pr-3">{e.desired ? levelLabel(e.desired) : <span className="text-muted">—</span>}</td>
                    <td className="py-1.5 pr-3">{e.owner ?? <span className="text-muted">—</span>}</td>
                    <td className="py-1.5 pr-3">{e.nextStep ?? <span className="text-muted">—</span>}</td>
                    <td className="py-1.5">{e.due ? formatDate(e.due) : <span className="text-muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {actions ? <PlanAddForm entries={growth.notPlanned} action={actions.saveEntry} /> : null}
      </section>
      <section aria-labelledby="groei-verplicht" className="rounded-xl border border-[#b42318]/30 bg-red-50/50 p-4">
        <h2 id="groei-verplicht" className={`${h} font-semibold`}>
          Verplichte partners die ontbreken ({growth.missing.length})
        </h2>
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
        <h2 id="groei-peers" className={`${h} font-semibold`}>
          Kernpartner bij de meeste huizen in {URBANISATION_LABELS[growth.urbanisation].toLowerCase()}, hier niet
        </h2>
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
                  {pct(p.percent)}{' '}
                  <span className="text-xs text-muted">
                    ({p.corePeers}/{p.peers})
                  </span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-muted">
          Berekend uit de databank: het aandeel huizen met dezelfde verstedelijkingsgraad (dit huis niet meegeteld) waar de actor kernpartner is.
        </p>
      </section>
    </div>
  );
}
