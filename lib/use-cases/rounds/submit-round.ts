import 'server-only';
import { writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import type { RoundFormFields } from '@/lib/domain/rounds/parse-round-form';
import { assertCanSubmitForHouse, type RoundActor } from '@/lib/domain/rounds/round-access';
import { submitInTx, type SubmissionResult } from './submission-step';

export type { SubmissionResult };

/**
 * A house confirms its network for a round: the question-4 form is checked against the rows built
 * from the map under the round's lock, the map is frozen with those answers as a snapshot tagged
 * with the round, and an earlier submission of the house is replaced, all in one transaction with
 * its audit record. Refused (nothing written) when the round does not cover the house, is not open
 * yet, or is closed: its closing day passed, or Kind en Gezin closed it.
 */
export async function submitRound(
  actor: RoundActor,
  houseId: string,
  roundId: string,
  fields: RoundFormFields,
  options: { today?: string; at?: string } = {},
): Promise<SubmissionResult> {
  assertCanSubmitForHouse(actor, houseId);
  const today = options.today ?? brusselsDate();
  return writeTx((tx) => submitInTx(tx, actor, houseId, roundId, fields, { today, at: options.at ?? null, audit: true }));
}
