import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { TimelineView } from '@/components/timeline/timeline-view';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getTimeline } from '@/lib/use-cases/timeline';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tijdlijn' };

/** The house's network over time: slider, play, a chart and any two dates compared (issue 18). */
export default async function TimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/tijdlijn`, async (user) => getTimeline(user, id, await requestCommitStamp()));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, changes, moments, positions, frame } = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="tijdlijn" />
      <p className="mb-4 max-w-prose text-sm text-muted">
        Zo groeide het netwerk: de kaart zoals ze was op elke dag met wijzigingen, bij elke momentopname en nu, opgebouwd uit de geschiedenis van het huis. Elke
        actor houdt zijn plaats.
        {changes.length === 0 ? ' Er zijn nog geen wijzigingen in de geschiedenis: de tijdlijn toont enkel de kaart van nu.' : ''}
      </p>
      <TimelineView houseName={network.house.name} network={network} changes={changes} moments={moments} positions={positions} frame={frame} />
    </>
  );
}
