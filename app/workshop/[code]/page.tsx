import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { JoinForm } from '@/components/workshop/join-form';
import { ParticipantView } from '@/components/workshop/participant-view';
import { NotParticipantError, WorkshopClosedError } from '@/lib/domain/errors';
import { loadPageData } from '@/lib/edge/load-page-data';
import { normaliseCode } from '@/lib/domain/workshop/code';
import { getParticipantView } from '@/lib/use-cases/workshops/views';
import { workshopActing } from '@/lib/edge/participant';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Workshop' };

/** A participant's phone view; without a participant cookie for this workshop, the join form. */
export default async function ParticipantPage({ params }: { params: Promise<{ code: string }> }) {
  const raw = (await params).code;
  const code = normaliseCode(raw);
  if (!code) notFound();
  if (code !== raw) redirect(`/workshop/${code}`);
  const result = await loadPageData(async () => {
    try {
      return { kind: 'view' as const, view: await getParticipantView(await workshopActing(), code) };
    } catch (error) {
      if (error instanceof NotParticipantError) return { kind: 'join' as const };
      if (error instanceof WorkshopClosedError) return { kind: 'ended' as const, message: error.userMessage };
      throw error;
    }
  });
  if (!result.ok) return <DatabaseErrorPanel />;
  const outcome: { kind: 'view'; view: Awaited<ReturnType<typeof getParticipantView>> } | { kind: 'join' } | { kind: 'ended'; message: string } = result.data;
  return (
    <div data-bare-page className="mx-auto min-h-screen max-w-xl px-4 py-4 sm:py-8">
      {outcome.kind === 'view' ? (
        <ParticipantView {...outcome.view} />
      ) : outcome.kind === 'ended' ? (
        <section className="rounded-2xl border border-black/10 bg-white p-6 text-center" data-testid="workshop-ended">
          <h1 className="text-2xl font-semibold">Workshop {code}</h1>
          <p className="mt-2 text-lg">{outcome.message}</p>
        </section>
      ) : (
        <>
          <h1 className="mb-4 text-2xl font-semibold">Doe mee aan workshop {code}</h1>
          <JoinForm code={code} />
        </>
      )}
    </div>
  );
}
