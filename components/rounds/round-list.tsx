import Link from 'next/link';
import { ROUND_STATUS_LABELS } from '@/lib/domain/rounds/round';
import { submittedText } from '@/lib/domain/rounds/round-progress';
import { percent } from '@/lib/domain/survey/answer-table';
import type { RoundSummary } from '@/lib/use-cases/rounds/rounds-overview';
import { RoundPeriod } from './round-period';

const STATUS_STYLE = {
  gepland: 'bg-black/5 text-ink',
  open: 'bg-amber-100 text-amber-900',
  gesloten: 'bg-brand-soft text-brand',
} as const;

/** Every round, newest first: status, period and how many houses submitted. */
export function RoundList({ rounds }: { rounds: RoundSummary[] }) {
  if (!rounds.length) return <p className="rounded-xl border border-black/10 bg-white p-4 text-sm">Er is nog geen bevraging. Open de eerste hieronder.</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {rounds.map((round) => (
        <li key={round.id} className="rounded-xl border border-black/10 bg-white p-4">
          <div className="flex items-start justify-between gap-3">
            <h3 className="font-semibold">
              <Link href={`/overzicht/bevragingen/${round.id}`} className="text-brand underline-offset-2 hover:underline">
                {round.name}
              </Link>
            </h3>
            <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[round.status]}`}>{ROUND_STATUS_LABELS[round.status]}</span>
          </div>
          <p className="mt-1 text-sm text-muted">
            <RoundPeriod round={round} />
          </p>
          <p className="mt-2 text-sm">
            {submittedText(round.submitted, round.houses)}
            {round.houses ? ` (${String(percent(round.submitted, round.houses)).replace('.', ',')}%)` : ''}.
          </p>
          <p className="mt-2 flex flex-wrap gap-3 text-sm">
            <Link href={`/overzicht/bevragingen/${round.id}`} className="text-brand underline underline-offset-2">
              Voortgang
            </Link>
            {round.status !== 'gepland' ? (
              <Link href={`/cijfers?ronde=${encodeURIComponent(round.id)}`} className="text-brand underline underline-offset-2">
                Cijfers{round.status === 'open' ? ' (voorlopig)' : ''}
              </Link>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
