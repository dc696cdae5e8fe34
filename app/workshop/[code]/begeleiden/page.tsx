import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { FacilitatorView } from '@/components/workshop/facilitator-view';
import { resetArrangementAction, saveArrangementAction } from '@/app/huizen/[id]/arrangement-actions';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { workshopJoin } from '@/lib/edge/join-url';
import { getScreenView } from '@/lib/use-cases/workshops/views';
import { workshopActing } from '@/lib/edge/participant';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workshop begeleiden' };

/** The facilitator's own screen (moderation), for the house's coordinator or invited facilitator. */
export default async function FacilitatorPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code);
  if (!code) notFound();
  const result = await loadPageData(() => guardPage(`/workshop/${code}/begeleiden`, async () => getScreenView(await workshopActing(), code)));
  if (!result.ok) return <DatabaseErrorPanel />;
  const view = result.data;
  return (
    <FacilitatorView
      workshop={view.workshop}
      network={view.network}
      proposals={view.proposals}
      lastSeq={view.lastSeq}
      join={await workshopJoin(code)}
      arrangements={view.arrangements}
      // Whoever runs the workshop may edit the house (lib/domain/access-rules.ts): the saves check it again.
      arrangementActions={{ save: saveArrangementAction.bind(null, view.houseId), reset: resetArrangementAction.bind(null, view.houseId) }}
    />
  );
}
