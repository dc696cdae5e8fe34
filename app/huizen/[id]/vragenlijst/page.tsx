import type { Metadata } from 'next';
import Link from 'next/link';
import { DatabaseErrorPanel } from '@/components/database-error-panel';
import { HouseHeader } from '@/components/house/house-header';
import { Questionnaire } from '@/components/questionnaire/questionnaire';
import { loadHousePage } from '@/lib/edge/guard-house-page';
import { requestCommitStamp } from '@/lib/edge/session';
import { getEditableHouseMap } from '@/lib/use-cases/house-editing';
import { boundActions } from '../bound-actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Vragenlijst' };

export default async function QuestionnairePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const result = await loadHousePage(`/huizen/${id}/vragenlijst`, async (user) => getEditableHouseMap(user, id, await requestCommitStamp()));
  if (!result.ok) return <DatabaseErrorPanel />;
  const { network, canEdit } = result.data;
  return (
    <>
      <HouseHeader house={network.house} active="vragenlijst" />
      {!canEdit ? (
        <p className="mb-4 rounded-lg bg-brand-soft p-3 text-sm text-brand">U kunt deze vragenlijst lezen, maar niet wijzigen.</p>
      ) : (
        <p className="mb-4 text-sm">
          Staan uw partners al in Excel?{' '}
          <Link href={`/huizen/${id}/importeren`} className="font-medium text-brand underline underline-offset-2">
            Lijst importeren
          </Link>
        </p>
      )}
      <Questionnaire network={network} actions={boundActions(id)} canEdit={canEdit} />
    </>
  );
}
