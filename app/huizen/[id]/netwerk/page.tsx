import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { NetworkPanelView } from '@/components/ties/network-panel-view';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { readNetworkPanel } from '@/lib/use-cases/ties/network-panel';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Netwerk' };

export default async function HouseNetworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/netwerk`, (user) => readNetworkPanel(user, id));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, metrics } = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="netwerk" />
      <NetworkPanelView network={network} metrics={metrics} />
    </>
  );
}
