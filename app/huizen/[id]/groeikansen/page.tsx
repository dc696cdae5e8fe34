import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { GrowthPanel } from '@/components/growth/growth-panel';
import { HouseHeader } from '@/components/house/house-header';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getGrowth } from '@/lib/use-cases/growth';
import { boundActions } from '../bound-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Groeikansen' };

export default async function GrowthPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/groeikansen`, async (user) => getGrowth(user, id, await requestCommitStamp()));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, growth, canEdit } = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="groeikansen" />
      <GrowthPanel growth={growth} actions={canEdit ? boundActions(id) : undefined} />
    </>
  );
}
