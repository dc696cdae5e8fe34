import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordChange } from '@/graph/repositories/audit';
import { readHouseNetworkIn } from '@/graph/repositories/house-network';
import { createSubmission, deleteSubmission, lockRound, readQuestionnaireTypes, roundCoversHouse } from '@/graph/repositories/rounds';
import { freezeSubmission } from '@/lib/domain/rounds/freeze-submission';
import { parseRoundForm, type RoundFormFields } from '@/lib/domain/rounds/parse-round-form';
import type { RoundActor } from '@/lib/domain/rounds/round-access';
import { RoundClosedError, RoundFormIncompleteError, RoundNotForHouseError, RoundNotOpenYetError } from '@/lib/domain/rounds/round-errors';
import { roundFormRows } from '@/lib/domain/rounds/round-form';
import { roundStatus } from '@/lib/domain/rounds/round';
import { NotFoundError } from '@/lib/domain/errors';

// No `server-only` marker here: the demo loader (seed/demo/load-demo-round.ts, run by tsx outside
// Next) submits through this same step. The use case (submit-round.ts) carries the marker.

export interface SubmissionResult {
  snapshotId: string;
  /** It replaced the house's earlier submission to this round. */
  replaced: boolean;
  roundName: string;
  closesOn: string;
}

/**
 * The submission's work inside a write transaction: also the demo loader's, which writes its
 * fictional round unaudited, like the rest of the demo data (a reload must give the same database).
 */
export async function submitInTx(
  tx: ManagedTransaction,
  actor: RoundActor,
  houseId: string,
  roundId: string,
  fields: RoundFormFields,
  { today, at, audit }: { today: string; at: string | null; audit: boolean },
): Promise<SubmissionResult> {
  const round = await lockRound(tx, { roundId });
  if (!round) throw new NotFoundError(`round ${roundId}`);
  if (!(await roundCoversHouse(tx, { roundId, houseId }))) throw new RoundNotForHouseError(roundId, houseId);
  const status = roundStatus(round, today);
  if (status === 'gepland') throw new RoundNotOpenYetError(round);
  if (status === 'gesloten') throw new RoundClosedError(round);
  const network = await readHouseNetworkIn(tx, houseId);
  const questionnaire = await readQuestionnaireTypes(tx);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  const parsed = parseRoundForm(roundFormRows(questionnaire, network, null), fields);
  if (!parsed.ok) throw new RoundFormIncompleteError(parsed.message, parsed.fieldErrors, parsed.missing);
  const frozen = freezeSubmission(network, parsed.form);
  const previous = await deleteSubmission(tx, { roundId, houseId });
  const snapshotId = `snapshot-${randomUUID()}`;
  await createSubmission(tx, {
    id: snapshotId,
    roundId,
    houseId,
    label: `${round.name}: ingediend`,
    takenBy: actor.name,
    submittedBy: actor.id,
    network: JSON.stringify(frozen.network),
    answerCodes: frozen.answerCodes,
    answerLevels: frozen.answerLevels,
    direct: frozen.direct,
    kernpartners: frozen.kernpartners,
    at,
  });
  if (audit)
    await recordChange(
      tx,
      {
        by: actor.id,
        action: previous ? 'round.resubmit' : 'round.submit',
        target: `house:${houseId}/round:${roundId}`,
        houseId,
        to: {
          name: round.name,
          direct: frozen.direct,
          kernpartners: frozen.kernpartners,
          noAnswer: frozen.noAnswer.length,
          differsFromMap: frozen.differsFromMap.length,
        },
      },
      at ? new Date(at) : undefined,
    );
  return { snapshotId, replaced: previous !== null, roundName: round.name, closesOn: round.closesOn };
}
