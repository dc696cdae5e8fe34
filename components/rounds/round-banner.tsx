import Link from 'next/link';
import { optionalUser, requestCommitStamp } from '@/lib/edge/session';
import { roundTaskText } from '@/lib/domain/rounds/round';
import { formatDate, formatDateTime } from '@/lib/domain/format-date';
import { roundTasksOfHouse } from '@/lib/use-cases/rounds/house-round';

/**
 * The task of a running survey round on every page of a house (issue 19), for who may answer it
 * (the house's coordinator, its invited facilitator): "Bevraging 2027: bevestig uw netwerk tegen
 * 15-03-2027", Kind en Gezin's message, whether the house submitted, and the way to the form.
 */
export async function RoundBanner({ houseId }: { houseId: string }) {
  let tasks: Awaited<ReturnType<typeof roundTasksOfHouse>> = [];
  try {
    const user = await optionalUser();
    if (user) tasks = await roundTasksOfHouse(user, houseId, { stamp: requestCommitStamp });
  } catch {
    // Database unreachable: the page itself says so; no banner.
    return null;
  }
  if (!tasks.length) return null;
  return (
    <div className="mt-4 space-y-3 print:hidden">
      {tasks.map((task) => (
        <section
          key={task.roundId}
          aria-label={task.name}
          data-testid="round-banner"
          className={`flex flex-col gap-3 rounded-xl border p-4 sm:flex-row sm:items-center sm:justify-between ${task.submittedAt ? 'border-brand/30 bg-brand-soft/60' : 'border-amber-300 bg-amber-50'}`}
        >
          <div className="min-w-0">
            <p className="font-semibold">{roundTaskText(task)}</p>
            {task.message ? <p className="mt-1 line-clamp-3 whitespace-pre-line text-sm">{task.message}</p> : null}
            <p className="mt-1 text-sm text-muted">
              {task.submittedAt
                ? `Ingediend op ${formatDateTime(task.submittedAt)}. Tot en met ${formatDate(task.closesOn)} kunt u opnieuw indienen; uw laatste antwoord telt.`
                : 'Nog niet ingediend. Het formulier staat al ingevuld met de antwoorden op uw kaart.'}
            </p>
          </div>
          <Link
            href={`/huizen/${houseId}/bevraging?ronde=${encodeURIComponent(task.roundId)}`}
            className="shrink-0 self-start rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 sm:self-center"
          >
            {task.submittedAt ? 'Antwoord bekijken' : 'Netwerk bevestigen'}
          </Link>
        </section>
      ))}
    </div>
  );
}
