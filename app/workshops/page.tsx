import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PageHeader } from '@/components/page-header';
import { OpenWorkshopButton } from '@/components/workshop/open-workshop-button';
import { WorkshopList } from '@/components/workshop/workshop-list';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { requireUser } from '@/lib/edge/session';
import { workshopEnded } from '@/lib/domain/workshop/workshop-ended';
import { getWorkshopOverview } from '@/lib/use-cases/workshops/open';
import { openWorkshopAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workshops' };

/** The coordinator's or facilitator's houses, each with its workshops and a button to open one. */
export default async function WorkshopsPage() {
  const result = await loadPageData(() => guardPage('/workshops', async () => getWorkshopOverview(await requireUser())));
  return (
    <>
      <PageHeader
        title="Workshops"
        intro="Bouw de netwerkkaart van een huis live op met de partners: één groot scherm, iedereen anders met de gsm. Deelnemers hebben geen account nodig, enkel de code."
      />
      {!result.ok ? (
        <DatabaseErrorPanel />
      ) : !result.data.canRun ? (
        <p className="rounded-xl border border-black/10 bg-white p-5">
          Workshops worden geopend door de coördinator van een huis of door een facilitator van EXPOO die het huis uitnodigde. Neemt u deel aan een workshop?{' '}
          <Link className="font-semibold text-brand underline" href="/workshop">
            Doe mee met de code
          </Link>
          .
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Huizen en hun workshops">
          {result.data.houses.map((house) => {
            const running = house.workshops.find((w) => !workshopEnded(w));
            return (
              <li key={house.id} className="space-y-3 rounded-xl border border-black/10 bg-white p-4" data-house={house.id}>
                <h2 className="text-lg font-semibold">{house.name}</h2>
                <OpenWorkshopButton
                  action={openWorkshopAction.bind(null, house.id)}
                  label={running ? `Naar de lopende workshop (${running.code})` : 'Workshop openen'}
                />
                <p className="text-xs text-muted">Bij het openen bewaart Netwerkkaart de kaart als momentopname ‘Vóór de workshop’.</p>
                <WorkshopList workshops={house.workshops} />
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
