import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { OverviewHeader } from '@/components/overview/overview-header';
import { OpenRoundForm } from '@/components/rounds/open-round-form';
import { RoundList } from '@/components/rounds/round-list';
import { requireUser } from '@/lib/edge/session';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { loadRoundsPage } from '@/lib/use-cases/rounds/rounds-overview';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Bevragingen · Overzicht Kind en Gezin' };

const PATH = '/overzicht/bevragingen';

/** Kind en Gezin's survey rounds (issue 19): every round with its progress, and a form to open the next one. */
export default async function RoundsPage() {
  const result = await guardPage(PATH, async () => {
    const actor = await requireUser();
    return loadPageData(() => loadRoundsPage(actor));
  });
  return (
    <>
      <OverviewHeader active="bevragingen" />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : (
        <div className="space-y-6">
          <section aria-labelledby="bevragingen-titel">
            <h2 id="bevragingen-titel" className="mb-1 text-xl font-semibold">
              Bevragingen
            </h2>
            <p className="mb-3 max-w-3xl text-sm text-muted">
              Zoals in juni 2016: elk huis beantwoordt vraag 4 voor een sluitingsdatum, maar nu met zijn eigen kaart als vertrekpunt. De cijfers verschijnen
              meteen in dezelfde tabellen als het rapport, naast 2016.
            </p>
            <RoundList rounds={result.data.rounds} />
          </section>
          <OpenRoundForm houses={result.data.houses} today={result.data.today} />
        </div>
      )}
    </>
  );
}
