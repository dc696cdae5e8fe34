import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { EmptyHouses } from '@/components/empty-houses';
import { HouseList } from '@/components/house-list';
import { PageHeader } from '@/components/page-header';
import { requireUser } from '@/lib/edge/session';
import { listHousesFor } from '@/lib/use-cases/houses';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Huizen' };

export default async function HousesPage() {
  const result = await loadPageData(() => guardPage('/huizen', async () => listHousesFor(await requireUser())));
  return (
    <>
      <PageHeader
        title="Huizen van het Kind"
        intro="Elk huis met zijn samenwerkingsverband: hoeveel actoren direct betrokken zijn, hoeveel kernpartners, en hoeveel actoren nog niet meedoen."
      />
      {!result.ok ? <DatabaseErrorPanel /> : result.data.length === 0 ? <EmptyHouses /> : <HouseList houses={result.data} />}
    </>
  );
}
