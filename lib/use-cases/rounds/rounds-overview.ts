import 'server-only';
import { listRounds, readHouseChoices, readProgress, readRound, type HouseChoice, type RoundRow } from '@/graph/repositories/rounds';
import { readTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { assertCanManageRounds, canReopenRound, type RoundActor } from '@/lib/domain/rounds/round-access';
import { roundProgress, waitingHousesCsv, type RoundProgress } from '@/lib/domain/rounds/round-progress';
import { roundStatus, type RoundStatus } from '@/lib/domain/rounds/round';
import { NotFoundError } from '@/lib/domain/errors';

export type { HouseChoice };

export interface RoundSummary extends RoundRow {
  status: RoundStatus;
}

/** Kind en Gezin's list of rounds, and the houses a new one can cover. */
export async function loadRoundsPage(
  actor: RoundActor,
  options: { today?: string } = {},
): Promise<{ rounds: RoundSummary[]; houses: HouseChoice[]; today: string }> {
  assertCanManageRounds(actor);
  const today = options.today ?? brusselsDate();
  return readTx(async (tx) => {
    const rounds = (await listRounds(tx)).map((r) => ({ ...r, status: roundStatus(r, today) }));
    return { rounds, houses: await readHouseChoices(tx), today };
  });
}

export interface RoundProgressPage {
  round: RoundSummary;
  progress: RoundProgress;
  canReopen: boolean;
  today: string;
}

/** One round's progress: submitted of N, per province, and who still has to. */
export async function loadRoundProgress(actor: RoundActor, roundId: string, options: { today?: string } = {}): Promise<RoundProgressPage> {
  assertCanManageRounds(actor);
  const today = options.today ?? brusselsDate();
  return readTx(async (tx) => {
    const round = await readRound(tx, { roundId });
    if (!round) throw new NotFoundError(`round ${roundId}`);
    const progress = roundProgress(await readProgress(tx, { roundId }));
    return { round: { ...round, status: roundStatus(round, today) }, progress, canReopen: canReopenRound(actor), today };
  });
}

/** The houses that did not submit yet, as CSV for a reminder. */
export async function waitingHousesFile(actor: RoundActor, roundId: string): Promise<{ filename: string; csv: string }> {
  const page = await loadRoundProgress(actor, roundId);
  return { filename: `netwerkkaart-${roundId}-nog-niet-ingediend.csv`, csv: waitingHousesCsv(page.progress, page.round) };
}
