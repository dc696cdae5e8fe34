import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { saveInvolvement } from '@/graph/repositories/involvement';
import { readTx, retriedTransactionCount, writeTx } from '@/graph/session';
import { StaleWriteError } from '@/lib/domain/errors';
import { strongestLevel, type LevelCode } from '@/lib/domain/levels';
import { runManyWriters, WRITER_TYPES } from '@/bench/support/many-writers';
import { deleteNetworkFixtures } from '../support/network-fixture';

// Issue 20: 50 people each change their own organisation of one house at once (a workshop day).
// Writes lock what they change (the involvement, then the type's answer), not the whole house:
// none may be lost or doubled, none may fail, the derived answers must still follow the
// strongest organisation, and a write based on an old version must still be refused.
const WRITERS = 50;
const ROUNDS = 5;

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

describe(`${WRITERS} writers on one house, each on an organisation of their own`, () => {
  it('loses no write, doubles none, fails none, keeps every derived answer right and refuses stale writes', async () => {
    // Stale writers run alongside: each tries, with version 1, an organisation its writer has moved on from.
    const stale: Promise<unknown>[] = [];
    const retriedBefore = retriedTransactionCount();
    const run = runManyWriters(WRITERS, ROUNDS, WRITER_TYPES, {
      afterFirstSave: (houseId, actorId) => {
        stale.push(writeTx((tx) => saveInvolvement(tx, { houseId, by: 'stale', byName: 'Te laat', actorId, expectedVersion: 1, change: { level: 'niet', note: 'verouderd' } })).then(() => 'saved', (error) => error));
      },
    });
    const result = await run;
    created.push(result.houseId);
    expect(result.errors).toEqual([]);
    // Writers of one type's answer take turns in this process (graph/repositories/answer-turns.ts):
    // none waits in Neo4j's lock manager, so none meets a (false) deadlock and runs again.
    expect(retriedTransactionCount() - retriedBefore).toBe(0);

    // Every stale write refused, with the current value; none of them written.
    const staleOutcomes = await Promise.all(stale);
    expect(staleOutcomes).toHaveLength(WRITERS);
    for (const outcome of staleOutcomes) expect(outcome).toBeInstanceOf(StaleWriteError);

    // Each organisation holds its writer's last level, at version 1 + ROUNDS: no write lost, none doubled.
    const network = (await readHouseNetwork(result.houseId))!;
    const stored = new Map(network.actors.map((a) => [a.id, a]));
    for (const final of result.finals) {
      expect(final.version).toBe(1 + ROUNDS);
      expect(stored.get(final.actorId)).toMatchObject({ level: final.level, version: 1 + ROUNDS });
    }

    // The audit trail has exactly ROUNDS updates per organisation, and nothing from a stale writer.
    const counts = await readTx(async (tx) => {
      const rows = await tx.run<{ target: string; n: number; stale: number }>(
        `MATCH (c:Change {houseId: $houseId}) WHERE c.action = 'involvement.update'
         RETURN c.target AS target, toInteger(count(*)) AS n, toInteger(sum(CASE WHEN c.by = 'stale' THEN 1 ELSE 0 END)) AS stale`,
        { houseId: result.houseId },
      );
      return rows.records.map((r) => ({ target: r.get('target'), n: Number(r.get('n')), stale: Number(r.get('stale')) }));
    });
    expect(counts).toHaveLength(WRITERS);
    for (const c of counts) expect(c).toMatchObject({ n: ROUNDS, stale: 0 });

    // Every type's answer is derived from its organisations' strongest level, as after one writer at a time.
    for (const code of WRITER_TYPES) {
      const levels = network.actors.filter((a) => a.typeCode === code).map((a) => a.level as LevelCode);
      const answer = network.types.find((t) => t.code === code)!.answer!;
      expect({ code, level: answer.level, derived: answer.derived }).toEqual({ code, level: strongestLevel(levels), derived: true });
    }
  });

  it('of two writes on one organisation based on the same version, takes one and refuses the other', async () => {
    const result = await runManyWriters(2, 1);
    created.push(result.houseId);
    const [actorId] = result.actorIds;
    const ctx = { houseId: result.houseId, by: 'racer', byName: 'Racer' };
    const outcomes = await Promise.allSettled([
      writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId, expectedVersion: 2, change: { level: 'gemiddeld' } })),
      writeTx((tx) => saveInvolvement(tx, { ...ctx, actorId, expectedVersion: 2, change: { level: 'indirect' } })),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([expect.any(StaleWriteError)]);
  });
});
