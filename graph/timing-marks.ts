import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Where a request's time goes, for bench/workshop-day.ts (issue 20): a request run inside
 * `withTimingMarks` collects named moments (epoch ms) from every layer it passes (the route, the
 * use case, the transaction in graph/session.ts, the locks), so the bench can split "accepted
 * change → last client" into its parts. Only the bench's routes start a collection
 * (NETWERKKAART_BENCH=1); outside one, `markTiming` costs one lookup and records nothing.
 */
export type TimingMarks = Record<string, number>;

const marks = new AsyncLocalStorage<TimingMarks>();

/** The moment now, in epoch milliseconds with sub-millisecond precision (comparable across processes of this machine). */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Records `name` at this moment, the first time only (a retried transaction keeps its first start). */
export function markTiming(name: string): void {
  const store = marks.getStore();
  if (store && store[name] === undefined) store[name] = epochNow();
}

/** Runs `work` collecting its marks; they are also passed to `done`, whether it succeeded or not. */
export async function withTimingMarks<T>(work: () => Promise<T>, done: (marks: TimingMarks) => void): Promise<T> {
  const store: TimingMarks = {};
  try {
    return await marks.run(store, work);
  } finally {
    done(store);
  }
}
