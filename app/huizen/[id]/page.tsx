import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { MapWorkspace } from '@/components/map/map-workspace';
import { loadHousePage } from '@/lib/guard-house-page';
import { getHouseMap } from '@/lib/house-map';
import { parseLayoutName } from '@/lib/map/layouts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Netwerkkaart van het huis' };

export default async function HouseMapPage({ params, searchParams }: PageProps<'/huizen/[id]'>) {
  const { id } = await params;
  const { weergave } = await searchParams;
  const result = await loadHousePage(`/huizen/${id}`, () => getHouseMap(id));
  if (!result.ok) return <DatabaseErrorPanel />;
  const network = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="kaart" />
      <MapWorkspace network={network} initialLayout={parseLayoutName(weergave)} canEdit />
    </>
  );
}
