import type { ManagedTransaction } from 'neo4j-driver';
import { readTxAfter } from './session';
import { deepFreeze } from '../lib/domain/deep-freeze';

/**
 * Reads kept with a commit stamp of the database taken before they were made (graph/session.ts
 * readTxStamped). A request that holds a stamp taken earlier in the request (its session read)
 * gets the kept answer only when the stamps are equal: nothing at all was committed since, by
 * this process or any other, so the kept answer is exactly what a new read would return. Any
 * write anywhere makes the next request read again. Kept answers are frozen: callers share them
 * and must not change them. Each cache keeps its `max` most recently used keys.
 */
export interface StampedCache<T> {
  /** The answer of `read` for `key`, from the last read while the database has not changed since. `stamp` must have been taken before this call. */
  read(key: string, stamp: string | null, read: (tx: ManagedTransaction) => Promise<T | null>): Promise<T | null>;
}

type Kept = Map<string, { stamp: string; value: unknown }>;
declare global {
  var __netwerkkaartStampedCaches: Map<string, Kept> | undefined;
}

/** The cache called `name`, kept on globalThis so a dev reload does not start a second one. */
export function stampedCache<T>(name: string, max: number): StampedCache<T> {
  const caches = (globalThis.__netwerkkaartStampedCaches ??= new Map());
  const kept: Kept = caches.get(name) ?? new Map();
  caches.set(name, kept);
  return {
    async read(key, stamp, read) {
      const hit = stamp ? kept.get(key) : undefined;
      if (hit && hit.stamp === stamp) {
        // Most recently used last, so the oldest is evicted first.
        kept.delete(key);
        kept.set(key, hit);
        return hit.value as T;
      }
      // Read as of the stamp at least (a cluster member behind it waits), so the kept answer is never older than its stamp.
      const value = await readTxAfter(stamp, read);
      if (!stamp || value === null) return value;
      kept.delete(key);
      kept.set(key, { stamp, value: deepFreeze(value) });
      if (kept.size > max) kept.delete(kept.keys().next().value!);
      return value;
    },
  };
}
