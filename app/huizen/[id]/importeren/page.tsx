import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { HouseFormatHelp } from '@/components/import/house-format-help';
import { ImportPanel } from '@/components/import/import-panel';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { getHouseImportPage } from '@/lib/use-cases/imports/house-import-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Lijst importeren' };

export default async function HouseImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/importeren`, (user) => getHouseImportPage(user, id));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { house } = result.data;
  return (
    <>
      <HouseHeader house={house} active="vragenlijst" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-3">
          <h2 className="text-xl font-semibold">Partnerlijst importeren</h2>
          <p className="max-w-2xl text-muted">
            Lees een lijst uit Excel in: een rij per actor, met de soort actor, de naam en de betrokkenheid. U ziet eerst wat er zou veranderen en elke fout per
            rij; pas daarna wordt alles in één keer opgeslagen.
          </p>
          <ImportPanel endpoint={`/api/huizen/${id}/import`} doneHref={`/huizen/${id}`} doneLabel="Naar de kaart" />
        </div>
        <HouseFormatHelp houseId={id} />
      </div>
    </>
  );
}
