import type { ChangeRecord } from '@/graph/repositories/audit';
import { actionLabel, actorLabel, changeValueText } from '@/lib/audit-labels';

const WHEN = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Brussels' });

/** The newest writes: who, when, what, from, to. Every value is text, escaped by React. */
export function AuditTrail({ changes }: { changes: ChangeRecord[] }) {
  if (!changes.length) return <p className="text-muted">Nog geen wijzigingen.</p>;
  return (
    <div className="overflow-x-auto rounded-xl border border-black/10 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Wijzigingen, nieuwste eerst</caption>
        <thead className="bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">Wanneer</th>
            <th scope="col" className="px-3 py-2">Wie</th>
            <th scope="col" className="px-3 py-2">Wat</th>
            <th scope="col" className="px-3 py-2">Van</th>
            <th scope="col" className="px-3 py-2">Naar</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-black/5">
          {changes.map((change) => (
            <tr key={change.id} className="align-top">
              <td className="whitespace-nowrap px-3 py-2 tabular-nums">{WHEN.format(new Date(change.at))}</td>
              <td className="px-3 py-2">{actorLabel(change)}</td>
              <td className="px-3 py-2">
                <span className="block font-medium">{actionLabel(change.action)}</span>
                <span className="block break-all text-xs text-muted">{change.target}</span>
              </td>
              <td className="max-w-[16rem] px-3 py-2"><Value value={change.from} /></td>
              <td className="max-w-[16rem] px-3 py-2"><Value value={change.to} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Value({ value }: { value: unknown }) {
  const text = changeValueText(value);
  if (text.length <= 80) return <code className="break-all text-xs">{text}</code>;
  return (
    <details>
      <summary className="cursor-pointer text-xs text-brand">{text.slice(0, 60)} …</summary>
      <code className="mt-1 block break-all text-xs">{text}</code>
    </details>
  );
}
