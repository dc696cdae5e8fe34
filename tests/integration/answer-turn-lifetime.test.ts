import { afterAll, describe, expect, it } from 'vitest';
import { Neo4jError } from 'neo4j-driver';
import { closeDriver } from '@/graph/driver';
import { answerTurn } from '@/graph/repositories/answer-turns';
import { atTransactionEnd, writeTx } from '@/graph/session';

afterAll(async () => {
  await closeDriver();
});

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const settled = await Promise.race([promise.then(() => true), late]);
  clearTimeout(timer);
  return settled;
}

// A turn on a type's answer (issue 20) is taken by saveInvolvement inside a transaction that the
// caller opened (issue 16): graph/session.ts ends it when that transaction ends, whoever opened it.
describe('a turn taken in a write transaction', () => {
  it('is held until the commit, and a failed attempt ends its turn before the transaction runs again', async () => {
    const house = `turn-test-${Date.now()}`;
    const waits: number[] = [];
    let other: Promise<() => void> | undefined;
    let attempts = 0;
    await writeTx(async (tx) => {
      attempts += 1;
      const started = Date.now();
      // The longest wait is 3 s here: were the failed attempt's turn still held, this would take it.
      atTransactionEnd(tx, await answerTurn(house, 'caw', 3_000));
      waits.push(Date.now() - started);
      if (attempts === 1) {
        // A deadlock Neo4j reports: graph/session.ts rolls the attempt back and runs it again.
        throw new Neo4jError('deadlock (test)', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'error: general processing exception');
      }
      await tx.run('RETURN 1');
      // Another writer of the same answer waits while this transaction is open.
      other = answerTurn(house, 'caw', 10_000);
      expect(await settlesWithin(other, 200)).toBe(false);
    });
    expect(attempts).toBe(2);
    expect(waits.every((ms) => ms < 1_000)).toBe(true);
    // The commit ended the turn: the waiting writer has it now.
    expect(await settlesWithin(other!, 1_000)).toBe(true);
    (await other!)();
  });

  it('is ended when the transaction fails for good', async () => {
    const house = `turn-test-fail-${Date.now()}`;
    const failed = await writeTx(async (tx) => {
      atTransactionEnd(tx, await answerTurn(house, 'caw', 10_000));
      throw new Error('refused');
    }).catch((error: Error) => error.message);
    expect(failed).toBe('refused');
    expect(await settlesWithin(answerTurn(house, 'caw', 10_000).then((end) => end()), 1_000)).toBe(true);
  });
});
