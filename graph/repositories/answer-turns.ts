/**
 * Writers that move a type's derived answer take turns on it within this process (issue 20).
 * Neo4j orders them anyway (the answer's lock, taken by DERIVE_ANSWER in
 * graph/repositories/involvement.ts), but with several writers waiting on one answer at once its
 * lock manager reports deadlocks that are none (each waiter holds its own organisation's lock),
 * and every such report costs a retry of the whole transaction. Waiting here instead keeps each
 * write one attempt. Other processes still wait in Neo4j.
 */
const holder = globalThis as typeof globalThis & { __netwerkkaartAnswerTurns?: Map<string, Promise<void>> };

/** Waits for this process's turn on a house's answer for a type; resolves with the function that ends the turn. */
export async function answerTurn(houseId: string, typeCode: string): Promise<() => void> {
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
  await previous;
  return end;
}
