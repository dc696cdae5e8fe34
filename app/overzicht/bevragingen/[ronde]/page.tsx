import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { OverviewHeader } from '@/components/overview/overview-header';
import { RoundPeriod } from '@/components/rounds/round-period';
import { RoundProgressView } from '@/components/rounds/round-progress-view';
import { CloseRoundForm, ReopenRoundForm } from '@/components/rounds/round-state-forms';
import { requireUser } from '@/lib/edge/session';
import { ROUND_STATUS_LABELS } from '@/lib/domain/rounds/round';
import { housesText } from '@/lib/domain/rounds/round-progress';
import { formatDate } from '@/lib/domain/format-date';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { loadRoundProgress } from '@/lib/use-cases/rounds/rounds-overview';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Voortgang van een bevraging · Overzicht Kind en Gezin' };

/** One round's progress for Kind en Gezin: submitted of N, per province, who still has to; close early, reopen (beheerder). */
export default async function RoundProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ ronde: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ronde } = await params;
  const { geopend, gesloten, heropend } = await searchParams;
  const path = `/overzicht/bevragingen/${encodeURIComponent(ronde)}`;
  const result = await guardPage(path, async () => {
    const actor = await requireUser();
    return loadPageData(() => loadRoundProgress(actor, ronde));
  });
  if (!result.ok) {
    return (
      <>
        <OverviewHeader active="bevragingen" />
        <DatabaseErrorPanel />
      </>
    );
  }
  const { round, progress, canReopen, today } = result.data;
  return (
    <>
      <OverviewHeader active="bevragingen" />
      <p className="mb-2 text-sm">
        <Link href="/overzicht/bevragingen" className="text-brand underline-offset-2 hover:underline">
          ← Alle bevragingen
        </Link>
      </p>
      <div className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h2 className="text-xl font-semibold">{round.name}</h2>
          <p className="text-sm text-muted">
            <span className="font-medium text-ink">{ROUND_STATUS_LABELS[round.status]}</span> · <RoundPeriod round={round} />
          </p>
        </div>
        {round.status !== 'gepland' ? (
          <Link
            href={`/cijfers?ronde=${encodeURIComponent(round.id)}&vergelijk=2016`}
            className="self-start rounded-lg border border-brand/30 bg-white px-3 py-2 text-sm font-medium text-brand hover:bg-brand-soft sm:self-auto"
          >
            Cijfers{round.status === 'open' ? ' (voorlopig)' : ''} naast 2016
          </Link>
        ) : null}
      </div>
      {geopend ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-soft px-3 py-2 text-sm text-brand">
          De bevraging is geopend voor {housesText(round.houses)}.
        </p>
      ) : null}
      {gesloten && round.status === 'gesloten' ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-soft px-3 py-2 text-sm text-brand">
          De bevraging is afgesloten: huizen kunnen niet meer indienen, en de cijfers zijn definitief.
        </p>
      ) : null}
      {heropend && round.status === 'open' ? (
        <p role="status" className="mb-4 rounded-lg bg-brand-soft px-3 py-2 text-sm text-brand">
          De bevraging is heropend tot en met {formatDate(round.closesOn)}.
        </p>
      ) : null}
      {round.message ? (
        <p className="mb-4 whitespace-pre-line rounded-xl border border-black/10 bg-white p-4 text-sm">
          <span className="font-medium">Bericht aan de huizen:</span> {round.message}
        </p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-[1fr_20rem]">
        <RoundProgressView progress={progress} csvHref={`/api/bevragingen/${encodeURIComponent(round.id)}/nog-niet-ingediend.csv`} />
        <div className="min-w-0 space-y-4">
          {round.status !== 'gesloten' ? <CloseRoundForm roundId={round.id} name={round.name} /> : null}
          {round.status === 'gesloten' && canReopen ? <ReopenRoundForm roundId={round.id} today={today} /> : null}
          {round.status === 'gesloten' && !canReopen ? (
            <p className="rounded-xl border border-black/10 bg-white p-4 text-sm text-muted">
              Deze bevraging is afgesloten. Moet ze toch nog open? De beheerder kan ze heropenen.
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
}
