import type { LabelledChangeRecord } from '@/graph/repositories/audit';
import { actionLabel, actorLabel, changeValueText } from '@/lib/audit-labels';
import { formatDateTime } from '@/lib/format-date';

/**
 * The newest writes: who, when, what, from, to. A table from medium width, a list of cards on a
 * phone. Every value is text, escaped by React.
 */
export function AuditTrail({ changes }: { changes: LabelledChangeRecord[] }) {
  if (!changes.length) return <p className="text-muted">Nog geen wijzigingen.</p>;
  return (
    <>
      <div className="hidden relative overflow-x-auto rounded-xl border border-black/10 bg-white md:block">
        <table className="w-full text-left text-sm">
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
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(change.at)}</td>
                <td className="px-3 py-2">{actorLabel(change)}</td>
                <td className="px-3 py-2">
                  <span className="block font-medium">{actionLabel(change.action)}</span>
                  <span className="block break-all text-xs text-muted">{change.targetLabel}</span>
                </td>
                <td className="max-w-[16rem] px-3 py-2"><Value value={change.from} /></td>
                <td className="max-w-[16rem] px-3 py-2"><Value value={change.to} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="divide-y divide-black/10 rounded-xl border border-black/10 bg-white md:hidden" aria-label="Wijzigingen, nieuwste eerst">
        {changes.map((change) => (
          <li key={change.id} className="space-y-1 p-3 text-sm">
            <p className="text-xs text-muted"><span className="tabular-nums">{formatDateTime(change.at)}</span> · {actorLabel(change)}</p>
            <p><span className="font-medium">{actionLabel(change.action)}</span> <span className="break-all text-muted">{change.targetLabel}</span></p>
            {/* A div, not a p: a long value folds into <details>, which a <p> may not hold (hydration error #418). */}
            {change.from !== null ? <div className="text-xs"><span className="text-muted">Van </span><Value value={change.from} /></div> : null}
            {change.to !== null ? <div className="text-xs"><span className="text-muted">Naar </span><Value value={change.to} /></div> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

function Value({ value }: { value: unknown }) {
  const text = changeValueText(value);
  if (text.length <= 80) return <code className="break-all text-xs">{text}</code>;
  return (
    <details className="inline">
      <summary className="cursor-pointer text-xs text-brand">{text.slice(0, 60)} …</summary>
      <code className="mt-1 block break-all text-xs">{text}</code>
    </details>
  );
}
