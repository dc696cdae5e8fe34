import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { readSnapshot, takeSnapshot } from '@/graph/repositories/snapshots';
import { listProposals } from '@/graph/repositories/workshop-proposals';
import { closeWorkshop as closeWorkshopInGraph } from '@/graph/repositories/workshops';
import { toCsv } from '../../domain/csv';
import { formatDate } from '../../domain/format-date';
import { NotFoundError, ValidationError } from '../../domain/errors';
import { levelLabel } from '../../domain/levels';
import { diffNetworks } from '../../domain/snapshot-diff';
import { updateEntry } from '../involvement';
import { runnerOf, type WorkshopActing } from './workshop-access';
import { ACTION_CSV_HEADER, buildActionList, reasonLabel } from '../../domain/workshop/action-list';
import { publish } from './bus';
import { AFTER_LABEL } from './open';
import type { WorkshopOutcome } from '../../domain/workshop/records';

/**
 * Closing a workshop: the snapshot "Na de workshop <code>", the workshop closed (participants'
 * tokens stop working at once), and its last event. Closing twice changes nothing.
 */
export async function closeWorkshop(acting: WorkshopActing, code: string, input: { bevestig?: string | null }): Promise<void> {
  const { user, workshop } = await runnerOf(acting, code);
  if (workshop.state === 'closed') return;
  if (input.bevestig !== 'ja')
    throw new ValidationError({ bevestig: ['Bevestig dat u de workshop wilt afsluiten.'] }, 'Bevestig dat u de workshop wilt afsluiten.');
  const network = await readHouseNetwork(workshop.houseId);
  if (!network) throw new NotFoundError(`house ${workshop.houseId}`);
  const afterSnapshotId = await takeSnapshot({ houseId: workshop.houseId, by: user.id, byName: user.name }, `${AFTER_LABEL} ${code}`, network);
  publish(code, await closeWorkshopInGraph(code, { by: user.id, afterSnapshotId }));
}

/** Everything the close page, the CSV and the PDF report show. */
export async function getWorkshopOutcome(acting: WorkshopActing, code: string): Promise<WorkshopOutcome> {
  const { workshop } = await runnerOf(acting, code);
  const [now, proposals, before, after] = await Promise.all([
    readHouseNetwork(workshop.houseId),
    listProposals(code),
    workshop.beforeSnapshotId ? readSnapshot(workshop.houseId, workshop.beforeSnapshotId) : null,
    workshop.afterSnapshotId ? readSnapshot(workshop.houseId, workshop.afterSnapshotId) : null,
  ]);
  if (!now) throw new NotFoundError(`house ${workshop.houseId}`);
  const beforeNetwork = before?.network ?? null;
  const afterNetwork = after?.network ?? (workshop.state === 'open' ? now : null);
  return {
    workshop,
    before: beforeNetwork,
    after: afterNetwork,
    now,
    diff: beforeNetwork && afterNetwork ? diffNetworks(beforeNetwork, afterNetwork) : null,
    proposals,
    actions: buildActionList(now, proposals),
  };
}

/** The action list as CSV (Belgian Excel), dates dd-mm-jjjj. */
export async function actionListCsv(acting: WorkshopActing, code: string): Promise<string> {
  const { actions } = await getWorkshopOutcome(acting, code);
  return toCsv(
    ACTION_CSV_HEADER,
    actions.map((a) => [
      a.name,
      a.typeName,
      a.clusterName,
      levelLabel(a.now),
      a.desired ? levelLabel(a.desired) : '',
      reasonLabel(a),
      a.owner,
      a.nextStep,
      formatDate(a.due),
    ]),
  );
}

/** Saves one action's owner, next step and date to the house's expansion plan (version-checked). */
export async function saveActionItem(acting: WorkshopActing, code: string, key: string, input: Record<string, unknown>) {
  const { user, workshop } = await runnerOf(acting, code);
  return updateEntry(user, workshop.houseId, key, { owner: input.owner ?? '', nextStep: input.nextStep ?? '', due: input.due ?? '', version: input.version });
}
