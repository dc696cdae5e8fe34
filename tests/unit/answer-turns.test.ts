import { describe, expect, it } from 'vitest';
import { answerTurn } from '@/graph/repositories/answer-turns';

describe('turns on a type answer within this process (issue 20)', () => {
  it('gives one writer at a time the turn on one answer, in the order they asked, and lets other answers go on', async () => {
    const order: string[] = [];
    const endFirst = await answerTurn('huis-1', 'caw');
    const second = answerTurn('huis-1', 'caw').then((end) => (order.push('second'), end));
    const third = answerTurn('huis-1', 'caw').then((end) => (order.push('third'), end));
    // Another type of the same house, and the same type of another house, do not wait.
    (await answerTurn('huis-1', 'ocmw'))();
    (await answerTurn('huis-2', 'caw'))();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    endFirst();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    // Ending a turn twice (a retried attempt ends its turn, then the transaction ends) changes nothing.
    endFirst();
    const fourth = await answerTurn('huis-1', 'caw');
    fourth();
  });

  it('lets a writer go on without its turn after the longest wait, so a wait Neo4j cannot see never hangs', async () => {
    const endFirst = await answerTurn('huis-3', 'caw');
    const started = Date.now();
    const endSecond = await answerTurn('huis-3', 'caw', 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    // Still in line: the next one waits for both to end.
    let third = false;
    const next = answerTurn('huis-3', 'caw').then((end) => ((third = true), end));
    endFirst();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    endSecond();
    (await next)();
    expect(third).toBe(true);
  });
});
