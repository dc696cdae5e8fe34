import { formatDate } from '@/lib/domain/format-date';
import { LEVELS } from '@/lib/domain/levels';
import type { MapEntry } from '@/lib/domain/map/map-entries';
import { scrollable } from '@/components/scrollable';
import { LevelBadge } from './level-badge';

/**
 * The same data as the map, as a table: for screen readers, keyboard users and print. One row
 * per entry (organisation, type answer, or missing mandatory partner), grouped under the
 * cluster it belongs to (a row-group header), in the clusters' order.
 */
export function EntryTable({ entries, onSelect }: { entries: MapEntry[]; onSelect?: (key: string) => void }) {
  const groups: { name: string; rows: MapEntry[] }[] = [];
  for (const entry of entries) {
    if (entry.placement === 'none') continue;
    const last = groups.at(-1);
    if (last && last.name === entry.clusterName) last.rows.push(entry);
    else groups.push({ name: entry.clusterName, rows: [entry] });
  }
  const columns = onSelect ? 6 : 5;
  return (
    <div className="relative overflow-x-auto rounded-xl border border-black/10 bg-white" {...scrollable('Tabel van de kaart')}>
      <table className="w-full min-w-[640px] text-left text-sm" data-testid="entry-table">
        <caption className="sr-only">Actoren van het samenwerkingsverband, per domeincluster</caption>
        <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Actor
            </th>
            <th scope="col" className="px-3 py-2">
              Soort
            </th>
            <th scope="col" className="px-3 py-2">
              Betrokkenheid
            </th>
            <th scope="col" className="px-3 py-2">
              Via
            </th>
            <th scope="col" className="px-3 py-2">
              Notitie en plan
            </th>
            {onSelect ? (
              <th scope="col" className="px-3 py-2 print:hidden">
                <span className="sr-only">Details</span>
              </th>
            ) : null}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.name} className="divide-y divide-black/5 border-t border-black/10">
            <tr>
              <th scope="rowgroup" colSpan={columns} className="bg-paper/60 px-3 pb-1.5 pt-3 text-xs font-semibold text-ink">
                {group.name}
              </th>
            </tr>
            {group.rows.map((e) => (
              <tr key={e.key} data-entry={e.key} className={e.missingMandatory ? 'bg-red-50/60' : undefined}>
                <th scope="row" className="px-3 py-2 font-medium">
                  {e.name}
                  {e.mandatory ? (
                    <span className="ml-1 text-xs font-semibold text-[#b42318]">{e.missingMandatory ? '⚠ verplicht, ontbreekt' : 'verplicht'}</span>
                  ) : null}
                </th>
                <td className="px-3 py-2 text-muted">{e.kind === 'actor' ? e.typeName : e.kind === 'missing' ? 'Plaatshouder' : 'Soort actor'}</td>
                <td className="px-3 py-2">
                  {e.kind === 'missing' ? (
                    <span className="text-[#b42318]">{e.level ? LEVELS[e.level].label : 'Geen antwoord'}</span>
                  ) : (
                    <LevelBadge level={e.level} />
                  )}
                </td>
                <td className="px-3 py-2 text-muted">{e.via?.name ?? ''}</td>
                <td className="px-3 py-2 text-muted">
                  {[e.note, e.nextStep, e.owner ? `trekker: ${e.owner}` : null, e.due ? `tegen ${formatDate(e.due)}` : null].filter(Boolean).join(' · ')}
                </td>
                {onSelect ? (
                  <td className="px-3 py-2 text-right print:hidden">
                    <button
                      type="button"
                      onClick={() => onSelect(e.key)}
                      className="rounded-md px-2 py-1 text-brand hover:bg-brand-soft"
                      aria-label={`Toon ${e.name} op de kaart`}
                    >
                      Toon
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
