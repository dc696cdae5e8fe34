import { readHouseNetworkIn } from '../../graph/repositories/house-network';
import {
  createRound,
  deleteFictionalRounds,
  readFictionalHouseIds,
  readQuestionnaireTypes,
  readRound,
  writeRoundClosed,
} from '../../graph/repositories/rounds';
import { readTx, writeTx } from '../../graph/session';
import { SYSTEM_ACTORS } from '../../lib/domain/actor';
import type { RoundActor } from '../../lib/domain/rounds/round-access';
import { roundFormRows } from '../../lib/domain/rounds/round-form';
import { submitInTx } from '../../lib/use-cases/rounds/submission-step';
import { DEMO_ROUND, demoRoundFields, demoRoundSubmitters } from './demo-round';
import { createRandom } from './prng';

/** The demo loader acts as this system actor (its records say "Demogegevens"). */
const DEMO_ACTOR: RoundActor = { id: SYSTEM_ACTORS.demoSeed.id, name: SYSTEM_ACTORS.demoSeed.label, role: 'coordinator', houseIds: [] };
const SUBMISSIONS_PER_TRANSACTION = 25;

/**
 * Writes "Bevraging 2026 (fictief)" over the fictional houses, replacing an earlier one: the round,
 * the submissions of 100 houses through the same use case a coordinator's submission goes through
 * (so they are frozen and counted exactly as real ones), then its closing. Deterministic.
 */
export async function loadDemoRound(log: (line: string) => void = () => {}): Promise<{ submitted: number }> {
  await writeTx((tx) => deleteFictionalRounds(tx));
  const houseIds = await readTx((tx) => readFictionalHouseIds(tx));
  if (houseIds.length === 0) return { submitted: 0 };
  await writeTx((tx) =>
    createRound(tx, { ...DEMO_ROUND, message: DEMO_ROUND.message, by: DEMO_ACTOR.id, fictional: true, houseIds, provinces: [], at: DEMO_ROUND.openedAt }),
  );
  const random = createRandom(2026);
  const submitters = demoRoundSubmitters(houseIds, random);
  for (let start = 0; start < submitters.length; start += SUBMISSIONS_PER_TRANSACTION) {
    const batch = submitters.slice(start, start + SUBMISSIONS_PER_TRANSACTION);
    await writeTx(async (tx) => {
      const questionnaire = await readQuestionnaireTypes(tx);
      for (const { houseId, at, day } of batch) {
        const network = await readHouseNetworkIn(tx, houseId);
        if (!network) continue;
        const fields = demoRoundFields(roundFormRows(questionnaire, network, null), random);
        await submitInTx(tx, { ...DEMO_ACTOR, houseIds: [houseId] }, houseId, DEMO_ROUND.id, fields, { today: day, at, audit: false });
      }
    });
  }
  await writeTx((tx) => writeRoundClosed(tx, { roundId: DEMO_ROUND.id, by: DEMO_ACTOR.id, at: DEMO_ROUND.closedAt }));
  const round = await readTx((tx) => readRound(tx, { roundId: DEMO_ROUND.id }));
  log(`Demo survey round “${DEMO_ROUND.name}”: ${round?.submitted ?? 0} of ${round?.houses ?? 0} houses submitted.`);
  return { submitted: round?.submitted ?? 0 };
}

/** Whether the demo round is there (a database loaded before it existed gets it on the next start). */
export async function demoRoundExists(): Promise<boolean> {
  return readTx(async (tx) => (await readRound(tx, { roundId: DEMO_ROUND.id })) !== null);
}
