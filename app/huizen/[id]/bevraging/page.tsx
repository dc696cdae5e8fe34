import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { RoundAnswersView } from '@/components/rounds/round-answers-view';
import { RoundForm } from '@/components/rounds/round-form';
import { RoundPeriod } from '@/components/rounds/round-period';
import { formatDate, formatDateTime } from '@/lib/domain/format-date';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { loadHouseRound } from '@/lib/use-cases/rounds/house-round';
import { submitRoundAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bevraging' };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || null;

export default async function HouseRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const roundId = single(query.ronde);
  const fromMap = single(query.vanuit) === 'kaart';
  const result = await loadHousePage(`/huizen/${id}/bevraging${roundId ? `?ronde=${encodeURIComponent(roundId)}` : ''}`, async (user) =>
    loadHouseRound(user, id, roundId, { fromMap }),
  );
  if (!result.ok) return <DatabaseErrorPanel />;
  const { house, rounds, round, submission, rows, extras, fromSubmission, canSubmit, editsHouse } = result.data;

  return (
    <>
      <HouseHeader house={house} active="vragenlijst" roundBanner={false} />
      {!round ? (
        <p role="status" className="rounded-xl border border-black/10 bg-white p-4">
          Er loopt geen bevraging voor dit huis. Zodra Kind en Gezin er een opent, verschijnt ze hier en bovenaan de pagina’s van het huis.
        </p>
      ) : (
        <div className="space-y-4">
          <section aria-labelledby="ronde-titel" className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
            <h2 id="ronde-titel" className="text-xl font-semibold">
              {round.name}
            </h2>
            <p className="mt-1 text-sm text-muted">
              <RoundPeriod round={round} />
            </p>
            {round.message ? <p className="mt-3 whitespace-pre-line text-sm">{round.message}</p> : null}
            <p className="mt-3 text-sm" role="status" data-testid="round-submission">
              {submission
                ? `Ingediend op ${formatDateTime(submission.at)}${submission.by ? ` door ${submission.by}` : ''}.`
                : round.status === 'gesloten'
                  ? 'Dit huis diende niet in.'
                  : 'Nog niet ingediend.'}
              {submission && canSubmit ? ` Tot en met ${formatDate(round.closesOn)} kunt u opnieuw indienen; uw laatste antwoord telt.` : ''}
            </p>
            {submission && canSubmit ? (
              <p className="mt-2 text-sm">
                {fromSubmission ? (
                  <Link href={`/huizen/${id}/bevraging?ronde=${encodeURIComponent(round.id)}&vanuit=kaart`} className="text-brand underline underline-offset-2">
                    Opnieuw invullen vanuit de kaart zoals ze nu is
                  </Link>
                ) : (
                  <Link href={`/huizen/${id}/bevraging?ronde=${encodeURIComponent(round.id)}`} className="text-brand underline underline-offset-2">
                    Terug naar uw ingediende antwoord
                  </Link>
                )}
              </p>
            ) : null}
            {rounds.length > 1 ? (
              <nav aria-label="Bevragingen van dit huis" className="mt-3 flex flex-wrap gap-2 text-sm">
                {rounds.map((r) => (
                  <Link
                    key={r.id}
                    href={`/huizen/${id}/bevraging?ronde=${encodeURIComponent(r.id)}`}
                    aria-current={r.id === round.id ? 'page' : undefined}
                    className={`rounded-full border px-3 py-1 ${r.id === round.id ? 'border-brand bg-brand-soft font-medium text-brand' : 'border-black/15 hover:border-brand/50'}`}
                  >
                    {r.name}
                  </Link>
                ))}
              </nav>
            ) : null}
          </section>

          {canSubmit ? (
            <RoundForm
              key={`${round.id}${fromMap ? '-kaart' : ''}`}
              rows={rows}
              extras={extras}
              fromSubmission={fromSubmission}
              submitted={submission !== null}
              action={submitRoundAction.bind(null, id, round.id)}
            />
          ) : (
            <>
              {editsHouse && round.status === 'gesloten' ? (
                <p role="status" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
                  {round.name} is afgesloten: indienen of opnieuw indienen kan niet meer. Neem contact op met Kind en Gezin als uw antwoord toch nog moet
                  meetellen.
                </p>
              ) : null}
              {editsHouse && round.status === 'gepland' ? (
                <p role="status" className="rounded-xl border border-black/10 bg-white p-4 text-sm">
                  {round.name} opent op {formatDate(round.opensOn)}.
                </p>
              ) : null}
              {submission ? <RoundAnswersView rows={rows} answers={submission.answers} /> : null}
            </>
          )}
        </div>
      )}
    </>
  );
}
