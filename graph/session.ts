import type { ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../lib/errors';
import { databaseName, getDriver } from './driver';

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

// On globalThis: Next may load this module once per bundle, and every copy must count.
const counter = globalThis as typeof globalThis & { __netwerkkaartWrites?: number };

/** How many write transactions this process has run (committed or not): see requestCommitStamp. */
export function localWriteCount(): number {
  return counter.__netwerkkaartWrites ?? 0;
}

async function withSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>, bookmarks?: string[]): Promise<T> {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: mode, ...(bookmarks ? { bookmarks } : {}) });
  try {
    if (mode === 'READ') return await session.executeRead(work);
    try {
      return await session.executeWrite(work);
    } finally {
      counter.__netwerkkaartWrites = localWriteCount() + 1;
    }
  } catch (error) {
    if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
    throw error;
  } finally {
    await session.close();
  }
}

/** Runs `work` in a read transaction (retried by the driver on transient errors). */
export function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession('READ', work);
}

/**
 * A read transaction that sees at least everything committed up to `stamp` (a commit stamp of
 * readTxStamped), also on a cluster member that lags behind: the driver passes it as a bookmark.
 */
export function readTxAfter<T>(stamp: string | null, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession('READ', work, stamp ? [stamp] : undefined);
}

/** Runs `work` in a write transaction (retried by the driver on transient errors). */
export function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession('WRITE', work);
}

/**
 * A read transaction that also returns the database's commit stamp: the bookmark the server
 * gives at its end, which names the last transaction it had committed. Two equal stamps mean
 * nothing was committed between them, by this process or any other; a read made after a stamp
 * was taken is therefore still current while new stamps equal it
 * (graph/repositories/house-network-cache.ts).
 */
export async function readTxStamped<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; stamp: string | null }> {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: 'READ' });
  try {
    const value = await session.executeRead(work);
    return { value, stamp: session.lastBookmarks()[0] ?? null };
  } catch (error) {
    if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
    throw error;
  } finally {
    await session.close();
  }
}

/** The commit stamp alone (one tiny read), for a request that has none yet. */
export async function commitStamp(): Promise<string | null> {
  return (await readTxStamped((tx) => tx.run('RETURN 1'))).stamp;
}
