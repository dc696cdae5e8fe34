import { Neo4jError } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { addNamedActor, saveInvolvement, saveTypeAnswer } from '@/graph/repositories/involvement';
import type { WriteContext } from '@/lib/domain/entry-write';
import { LEVEL_CODES } from '@/lib/domain/levels';
import { retriedTransactionCount, writeTx } from '@/graph/session';
import { deleteHouses } from '../support/graph-cleanup';
import { createNetworkFixture } from '../support/network-fixture';

// Issue 15, item 9: 8 writers on one house got a DeadlockDetected now and then, which answered
// 500. Here 8 writers make 200 writes each on one house, as fast as they can, through the same
// repository functions the map's forms use; every write must succeed. (The HTTP side, no 500
// and no Dutch-less answer, is concurrent-writes.spec.ts.)
const WRITERS = 8;
const WRITES = 200;
const TYPES = ['politie', 'caw', 'centrum-voor-leerlingenbegeleiding-clb', 'ocmw', 'kinderopvang-babys-peuters', 'bibliotheek', 'vdab', 'sportdienst'];

describe('eight writers on one house', () => {
  const houses: string[] = [];
  afterAll(async () => {
    await deleteHouses(houses);
    await closeDriver();
  });

  it(`makes ${WRITERS} × ${WRITES} writes without one error`, async () => {
    const { houseId } = await createNetworkFixture();
    houses.push(houseId);
    const ctx = (i: number): WriteContext => ({ houseId, by: `writer-${i}`, byName: `Schrijver ${i}` });
    // Half the writers change the house's answer for a type of their own; the other half a named
    // organisation of their own, whose level the type's answer derives from (two writes a time).
    const actors = await Promise.all(TYPES.slice(WRITERS / 2).map((type, i) => writeTx((tx) => addNamedActor(tx, { ...ctx(i), typeCode: type, name: `Organisatie ${i}`, level: 'minimaal' }))));
    const errors: string[] = [];
    const retriedBefore = retriedTransactionCount();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        let version = w < WRITERS / 2 ? 0 : 1;
        for (let n = 0; n < WRITES; n++) {
          const level = LEVEL_CODES[(n + w) % 4];
          try {
            const state = w < WRITERS / 2
              ? await writeTx((tx) => saveTypeAnswer(tx, { ...ctx(w), typeCode: TYPES[w], expectedVersion: version, change: { level, note: `schrijver ${w}, ${n}` } }))
              : await writeTx((tx) => saveInvolvement(tx, { ...ctx(w), actorId: actors[w - WRITERS / 2], expectedVersion: version, change: { level, note: `schrijver ${w}, ${n}` } }));
            version = state.version;
          } catch (error) {
            errors.push(`${(error as { code?: string }).code ?? ''} ${(error as Error).message}`.slice(0, 200));
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`${WRITERS * WRITES} writes on one house in ${seconds.toFixed(1)} s (${((WRITERS * WRITES) / seconds).toFixed(0)}/s), ${retriedTransactionCount() - retriedBefore} transactions run again after a deadlock or other passing failure, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });
});

describe('a write the database gives up as deadlocked', () => {
  it('is run again until it commits, also after four deadlocks in a row (the driver alone gives up after 3 s)', async () => {
    let attempts = 0;
    const started = performance.now();
    const value = await writeTx(async (tx) => {
      attempts += 1;
      if (attempts <= 4) throw new Neo4jError('deadlock (test)', 'Neo.TransientError.Transaction.DeadlockDetected', '50N05', 'deadlock');
      return (await tx.run('RETURN 42 AS answer')).records[0].get('answer') as number;
    });
    expect(value).toBe(42);
    expect(attempts).toBe(5);
    console.log(`committed after 4 deadlocks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });
});
