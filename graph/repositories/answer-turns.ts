/**
 * Writers that move a type's derived answer take turns on it within this process (issue 20).
 * Neo4j orders them anyway (the answer's lock, taken by DERIVE_ANSWER in
 * graph/repositories/involvement.ts), but with several writers waiting on one answer at once its
 * lock manager reports deadlocks that are none (each waiter holds its own organisation's lock),
 * and every such report costs a retry of the whole write. Waiting here instead keeps each write
 * one attempt. Other processes still wait in Neo4j.
 *
 * A writer waits here while it holds its organisation's lock, which Neo4j cannot see: a whole-house
 * writer (lockHouse) that holds the answer and waits for that organisation would wait for the
 * writer whose turn it is, and that one for the house writer, unseen. So no writer waits longer
 * than TURN_WAIT_MS: it then goes on without its turn, waits in Neo4j, and Neo4j sees such a
 * cycle and breaks it (graph/session.ts runs the loser again). The bound is far above a turn's
 * usual wait even on an overloaded machine (at 2 s, 50 writers at a load of 20 on 2 cores went
 * on without their turn, met Neo4j's false deadlocks again and queued anew: p95 5 s).
 */
const TURN_WAIT_MS = 10_000;

const holder = globalThis as typeof globalThis & { __netwerkkaartAnswerTurns?: Map<string, Promise<void>> };

/**
 * Waits for this process's turn on a house's answer for a type (at most `maxWaitMs`); resolves
 * with the function that ends the turn, to be called once the transaction has ended.
 */
export async function answerTurn(houseId: string, typeCode: string, maxWaitMs = TURN_WAIT_MS): Promise<() => void> {
  const turns = (holder.__netwerkkaartAnswerTurns ??= new Map());
  const key = `${houseId} ${typeCode}`;
  const previous = turns.get(key) ?? Promise.resolve();
  let end!: () => void;
  const mine = new Promise<void>((resolve) => (end = resolve));
  const tail = previous.then(() => mine);
  turns.set(key, tail);
  void tail.then(() => {
    if (turns.get(key) === tail) turns.delete(key);
  });
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([previous, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
  clearTimeout(timer);
  return end;
}
