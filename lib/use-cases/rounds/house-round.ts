import 'server-only';
import { readHouseNetworkIn } from '@/graph/repositories/house-network';
import { readQuestionnaireTypes, readRoundsOfHouse, readSubmission, type HouseRoundRow } from '@/graph/repositories/rounds';
import { readTx } from '@/graph/session';
import { readCurrentRoundsOfHouse } from '@/graph/house-rounds-cache';
import { canReadHouse } from '@/lib/domain/access-rules';
import { brusselsDate } from '@/lib/domain/brussels-date';
import type { NetworkHouse } from '@/lib/domain/house-network';
import { canSubmitForHouse, type RoundActor } from '@/lib/domain/rounds/round-access';
import { previousAnswersOf, roundFormRows, type ExtraRow, type PreviousAnswers, type RoundFormRow } from '@/lib/domain/rounds/round-form';
import { roundStatus, type RoundStatus } from '@/lib/domain/rounds/round';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';

export interface HouseRound extends HouseRoundRow {
  status: RoundStatus;
}

export interface HouseRoundPage {
  house: NetworkHouse;
  rounds: HouseRound[];
  /** The round shown: the one asked for, else the open one, else the newest; null when none covers the house. */
  round: HouseRound | null;
  submission: { at: string; by: string | null; answers: PreviousAnswers } | null;
  rows: RoundFormRow[];
  extras: ExtraRow[];
  /** The form was prefilled from the last submission (not from the map). */
  fromSubmission: boolean;
  /** This user may submit now (edits the house, the round is open). */
  canSubmit: boolean;
  /** This user may submit for the house at all (its coordinator or invited facilitator). */
  editsHouse: boolean;
}

function withStatus(rounds: HouseRoundRow[], today: string): HouseRound[] {
  return rounds.map((r) => ({ ...r, status: roundStatus(r, today) }));
}

/**
 * The house's round page: whoever may read the house sees its rounds and what it submitted; who
 * may edit it gets the question-4 form, prefilled from its last submission to the round (or,
 * with `fromMap`, from its map as it is now).
 */
export async function loadHouseRound(
  actor: RoundActor,
  houseId: string,
  roundId: string | null,
  options: { fromMap?: boolean; today?: string } = {},
): Promise<HouseRoundPage> {
  if (!canReadHouse(actor, houseId)) throw new ForbiddenError(`read house ${houseId}`);
  const today = options.today ?? brusselsDate();
  return readTx(async (tx) => {
    const network = await readHouseNetworkIn(tx, houseId);
    if (!network) throw new NotFoundError(`house ${houseId}`);
    const rounds = withStatus(await readRoundsOfHouse(tx, { houseId }), today);
    const round = roundId ? rounds.find((r) => r.id === roundId) : (rounds.find((r) => r.status === 'open') ?? rounds[0]);
    if (roundId && !round) throw new NotFoundError(`round ${roundId} of house ${houseId}`);
    const editsHouse = canSubmitForHouse(actor, houseId);
    if (!round)
      return { house: network.house, rounds, round: null, submission: null, rows: [], extras: [], fromSubmission: false, canSubmit: false, editsHouse };
    const submission = await readSubmission(tx, { roundId: round.id, houseId });
    const submitted = submission ? previousAnswersOf(JSON.parse(submission.network) as HouseNetwork) : null;
    const previous = options.fromMap ? null : submitted;
    const rows = roundFormRows(await readQuestionnaireTypes(tx), network, previous);
    return {
      house: network.house,
      rounds,
      round,
      submission: submission && submitted ? { at: submission.takenAt, by: submission.takenBy, answers: submitted } : null,
      rows,
      extras: previous?.extras ?? [],
      fromSubmission: previous !== null,
      canSubmit: editsHouse && round.status === 'open',
      editsHouse,
    };
  });
}

export interface RoundTask {
  roundId: string;
  name: string;
  closesOn: string;
  message: string | null;
  submittedAt: string | null;
}

/** The open rounds that ask this house for an answer, for the banner on its pages (only to who may submit). */
export async function roundTasksOfHouse(
  actor: RoundActor,
  houseId: string,
  options: { today?: string; stamp?: () => Promise<string | null> } = {},
): Promise<RoundTask[]> {
  if (!canSubmitForHouse(actor, houseId)) return [];
  const today = options.today ?? brusselsDate();
  // With the request's commit stamp (asked only of who may see a banner: taking one can cost a
  // read), a repeat view reads nothing (graph/house-rounds-cache.ts).
  const rounds = await readCurrentRoundsOfHouse(houseId, options.stamp ? await options.stamp() : null);
  return rounds
    .filter((r) => roundStatus(r, today) === 'open')
    .map((r) => ({ roundId: r.id, name: r.name, closesOn: r.closesOn, message: r.message, submittedAt: r.submittedAt }));
}
