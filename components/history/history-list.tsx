import Link from 'next/link';
import { actionLabel, describeFields } from '@/lib/domain/describe-change';
import { formatDateTime } from '@/lib/domain/format-date';
import type { HistoryItem } from '@/lib/use-cases/history';

/** The audit trail of a house (or of one actor): who changed what, when, from what to what. */
export function HistoryList({ items, houseId }: { items: HistoryItem[]; houseId: string }) {
  if (items.length === 0) return <p className="rounded-xl border border-black/10 bg-white p-4 text-sm text-muted">Nog geen wijzigingen.</p>;
  return (
    <ol className="divide-y divide-black/5 rounded-xl border border-black/10 bg-white" data-testid="history">
      {items.map((item) => (
        <li key={item.id} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[10rem_1fr] sm:gap-4">
          <div className="text-muted">
            <time dateTime={item.at}>{formatDateTime(item.at)}</time>
            <span className="block text-xs">{item.who}</span>
          </div>
          <div>
            <p>
              <span className="font-medium">{actionLabel(item.action)}</span>
              {item.name ? (
                <>
                  {': '}
                  {item.key ? (
                    <Link className="text-brand underline underline-offset-2" href={`/huizen/${houseId}/geschiedenis?actor=${encodeURIComponent(item.key)}`}>
                      {item.name}
                    </Link>
                  ) : (
                    item.name
                  )}
                </>
              ) : null}
            </p>
            <ul className="text-muted">
              {describeFields(item.from, item.to).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}
