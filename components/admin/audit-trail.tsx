import type { LabelledChangeRecord } from '@/graph/repositories/audit';
import { actionLabel, actorLabel, describeChange, type ChangeNames } from '@/lib/domain/describe-change';
import { formatDateTime } from '@/lib/domain/format-date';

/**
 * The newest writes: when, who, and what in a Dutch sentence (lib/domain/describe-change.ts), with the
 * names of houses and accounts instead of their codes. A table from medium width, a list of
 * cards on a phone. Every value is text, escaped by React.
 */
export function AuditTrail({
  changes,
  houses,
  users,
}: {
  changes: LabelledChangeRecord[];
  houses: { id: string; name: string }[];
  users: { id: string; name: string; email: string }[];
}) {
  if (!changes.length) return <p className="text-muted">Nog geen wijzigingen.</p>;
  const houseNames = new Map(houses.map((h) => [h.id, h.name]));
  const userNames = new Map(users.map((u) => [u.id, u.name ? `${u.name} (${u.email})` : u.email]));
  const names: ChangeNames = { house: (id) => houseNames.get(id), user: (id) => userNames.get(id) };
  const rows = changes.map((change) => ({ change, label: actionLabel(change.action), sentence: describeChange(change, names) }));
  return (
    <>
      <div className="hidden overflow-hidden rounded-xl border border-black/10 bg-white md:block">
        <table className="w-full table-fixed text-left text-sm" data-testid="audit-trail">
          <caption className="sr-only">Wijzigingen, nieuwste eerst</caption>
          <colgroup>
            <col className="w-[9.5rem]" />
            <col className="w-[14rem]" />
            <col />
          </colgroup>
          <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                Wanneer
              </th>
              <th scope="col" className="px-3 py-2">
                Wie
              </th>
              <th scope="col" className="px-3 py-2">
                Wat
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-black/5">
            {rows.map(({ change, label, sentence }) => (
              <tr key={change.id} className="align-top" data-action={change.action}>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(change.at)}</td>
                <td className="break-words px-3 py-2">{actorLabel(change)}</td>
                <td className="px-3 py-2">
                  <span className="block font-medium">{label}</span>
                  <span className="block break-words">{sentence}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="divide-y divide-black/10 rounded-xl border border-black/10 bg-white md:hidden" aria-label="Wijzigingen, nieuwste eerst">
        {rows.map(({ change, label, sentence }) => (
          <li key={change.id} className="space-y-1 p-3 text-sm" data-action={change.action}>
            <p className="text-xs text-muted">
              <span className="tabular-nums">{formatDateTime(change.at)}</span> · {actorLabel(change)}
            </p>
            <p className="font-medium">{label}</p>
            <p className="break-words">{sentence}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
