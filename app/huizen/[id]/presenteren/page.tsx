import type { Metadata } from 'next';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { PresentationView } from '@/components/presentation/presentation-view';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getPresentationPage } from '@/lib/use-cases/presentations';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Presenteren' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** The house's map told step by step, over the whole window (issue 18). */
export default async function PresentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const result = await loadHousePage(`/huizen/${id}/presenteren`, async (user) =>
    getPresentationPage(user, id, await requestCommitStamp(), first(query.momentopname)),
  );
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, steps } = result.data;
  return (
    <PresentationView
      houseName={network.house.name}
      steps={steps}
      initialStep={Number(first(query.stap)) || 1}
      closeHref={`/huizen/${id}`}
      handoutHref={`/api/huizen/${id}/presentatie.pdf`}
    />
  );
}
