import { TIE_KIND_DEFINITIONS } from '@/lib/domain/ties/tie-kinds';
import type { NetworkTie } from '@/lib/domain/ties/tie';
import { scrollable } from '@/components/scrollable';

/**
 * The ties of a house as a table (Van, Soort, Naar, Notitie, Sinds): the table alternative of the
 * curved edges on the map, for screen readers and print.
 */
export function TieTable({ ties, names, caption }: { ties: readonly NetworkTie[]; names: ReadonlyMap<string, string>; caption: string }) {
  if (ties.length === 0) return <p className="text-sm text-muted">Nog geen samenwerking tussen partners getekend.</p>;
  return (
    <div className="relative overflow-x-auto" {...scrollable(caption)}>
      <table className="w-full min-w-[560px] text-left text-sm" data-testid="tie-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3">
              Van
            </th>
            <th scope="col" className="py-1 pr-3">
              Soort
            </th>
            <th scope="col" className="py-1 pr-3">
              Naar
            </th>
            <th scope="col" className="py-1 pr-3">
              Notitie
            </th>
            <th scope="col" className="py-1">
              Sinds
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-black/5">
          {ties.map((t) => (
            <tr key={t.id}>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                {names.get(t.from) ?? 'Onbekende organisatie'}
              </th>
              <td className="py-1.5 pr-3">
                {TIE_KIND_DEFINITIONS[t.kind].label}
                {TIE_KIND_DEFINITIONS[t.kind].directed ? ' →' : ''}
              </td>
              <td className="py-1.5 pr-3">{names.get(t.to) ?? 'Onbekende organisatie'}</td>
              <td className="py-1.5 pr-3">{t.note ?? <span className="text-muted">—</span>}</td>
              <td className="py-1.5">{t.since ?? <span className="text-muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
