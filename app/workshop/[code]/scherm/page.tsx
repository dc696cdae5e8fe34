import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { RoomProjectorView } from '@/components/workshop/room-projector-view';
import { loadPageData } from '@/lib/edge/load-page-data';
import { guardPage } from '@/lib/edge/page-guard';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { workshopJoin } from '@/lib/edge/join-url';
import { getRoomView } from '@/lib/use-cases/workshops/views';
import { workshopActing } from '@/lib/edge/participant';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workshop op het scherm' };

/** The projector for the room: map and changes, no names, no buttons. Opened by whoever runs the workshop. */
export default async function ScreenPage({ params }: { params: Promise<{ code: string }> }) {
  const code = normaliseCode((await params).code);
  if (!code) notFound();
  const result = await loadPageData(() => guardPage(`/workshop/${code}/scherm`, async () => getRoomView(await workshopActing(), code)));
  if (!result.ok) return <DatabaseErrorPanel />;
  const view = result.data;
  return (
    <RoomProjectorView
      workshop={view.workshop}
      network={view.network}
      proposals={view.proposals}
      lastSeq={view.lastSeq}
      join={await workshopJoin(code)}
      arrangements={view.arrangements}
    />
  );
}
