import { Neo4jError, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { DatabaseBusyError, DatabaseUnavailableError } from '../lib/domain/errors';
import { databaseName, getDriver } from './driver';
import { markTiming } from './timing-marks';

/** The driver's error code, when the error is one of the driver's. */
function neo4jCode(error: unknown): string {
  return error instanceof Neo4jError ? error.code : '';
}

function isConnectionFailure(error: unknown): boolean {
  const code = neo4jCode(error);
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

/**
 * A transaction the server gave up for a passing reason: a deadlock between two writers
 * (Neo.TransientError.Transaction.DeadlockDetected), a lock client stopped, a leader switch.
 * Running it again works. The driver retries these itself, but only within its retry time, which
 * graph/driver.ts keeps at 3 s so that an unreachable server is reported quickly; with its
 * 1 s first delay that is two retries, and eight writers on one house can deadlock twice in a
 * row. So these (and only these) are retried here again, briefly apart, for up to 30 s.
 */
function isTransientConflict(error: unknown): boolean {
  return neo4jCode(error).startsWith('Neo.TransientError.Transaction.');
}

const CONFLICT_RETRY_MS = 30_000;

/**
 * A passing conflict met by a statement of the unit of work, wrapped so that the driver does not
 * retry it itself (its first retry waits 1 s; writers on one house meet such a conflict now and
 * then, and a second lost per meeting was most of their p95): `retryingConflicts` runs the
 * transaction again after 20 ms or so. A conflict reported at commit still goes the driver's way.
 */
class ConflictInWork extends Error {
  constructor(readonly conflict: unknown) {
    super(conflict instanceof Error ? conflict.message : String(conflict));
  }
}

async function retryingConflicts<T>(run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (caught) {
      const error = caught instanceof ConflictInWork ? caught.conflict : caught;
      if (!isTransientConflict(error)) throw error;
      if (Date.now() - started > CONFLICT_RETRY_MS) throw new DatabaseBusyError(error);
      counter.__netwerkkaartRetries = retriedTransactionCount() + 1;
      // 20, 40, 80 … ms, at most 500, with jitter so that the writers do not meet again.
      const delay = Math.min(500, 10 * 2 ** attempt) * (0.5 + Math.random());
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

// On globalThis: Next may load this module once per bundle, and every copy must count.
declare global {
  var __netwerkkaartWrites: number | undefined;
  var __netwerkkaartRetries: number | undefined;
}
const counter = globalThis;

/** How many write transactions this process has run (committed or not): see requestCommitStamp. */
export function localWriteCount(): number {
  return counter.__netwerkkaartWrites ?? 0;
}

/** How many transaction attempts this process has run again after a transient failure (driver's retries and ours). */
export function retriedTransactionCount(): number {
  return counter.__netwerkkaartRetries ?? 0;
}

/** What each attempt of a running transaction holds until it ends: see atTransactionEnd. */
const endings = new WeakMap<ManagedTransaction, (() => void)[]>();

/**
 * Runs `end` once the transaction `tx` has ended, committed or rolled back: for something a
 * repository function takes in the caller's transaction and must hold to the commit, such as a
 * turn on a type's answer (graph/repositories/answer-turns.ts), whoever opened the transaction
 * (a use case, a bench, a test). A transaction run again after a conflict is a new attempt with
 * a new `tx`: what the failed attempt held ends before the new attempt starts, so the new one
 * takes it anew and in turn.
 */
export function atTransactionEnd(tx: ManagedTransaction, end: () => void): void {
  const held = endings.get(tx);
  if (!held) {
    end();
    throw new Error('atTransactionEnd: not a transaction of graph/session.ts');
  }
  held.push(end);
}

/** One session, one managed transaction; with the session's bookmark afterwards (its commit stamp). */
async function withSession<T>(
  mode: 'READ' | 'WRITE',
  unit: (tx: ManagedTransaction) => Promise<T>,
  bookmarks?: string[],
): Promise<{ value: T; stamp: string | null }> {
  let attempts = 0;
  const held: (() => void)[] = [];
  const endHeld = () => {
    for (const end of held.splice(0)) end();
  };
  const work = (tx: ManagedTransaction) => {
    // The attempt before this one (if any) has been rolled back: what it held ends now.
    endHeld();
    endings.set(tx, held);
    attempts += 1;
    if (attempts > 1) counter.__netwerkkaartRetries = retriedTransactionCount() + 1;
    if (mode === 'WRITE') markTiming('writeStart');
    return unit(tx).catch((error: unknown) => {
      throw isTransientConflict(error) ? new ConflictInWork(error) : error;
    });
  };
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: mode, ...(bookmarks ? { bookmarks } : {}) });
  try {
    let value: T;
    if (mode === 'READ') value = await retryingConflicts(() => session.executeRead(work));
    else {
      try {
        value = await retryingConflicts(() => session.executeWrite(work));
        markTiming('committed');
      } finally {
        counter.__netwerkkaartWrites = localWriteCount() + 1;
      }
    }
    return { value, stamp: session.lastBookmarks()[0] ?? null };
  } catch (error) {
    if (isConnectionFailure(error)) throw new DatabaseUnavailableError(error);
    throw error;
  } finally {
    endHeld();
    await session.close();
    if (mode === 'WRITE') markTiming('sessionClosed');
  }
}

/** Runs `work` in a read transaction (retried by the driver on transient errors). */
export async function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return (await withSession('READ', work)).value;
}

/**
 * A read transaction that sees at least everything committed up to `stamp` (a commit stamp of
 * readTxStamped), also on a cluster member that lags behind: the driver passes it as a bookmark.
 */
export async function readTxAfter<T>(stamp: string | null, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return (await withSession('READ', work, stamp ? [stamp] : undefined)).value;
}

/** Runs `work` in a write transaction (retried by the driver on transient errors). */
export async function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return (await withSession('WRITE', work)).value;
}

/**
 * A read transaction that also returns the database's commit stamp: the bookmark the server
 * gives at its end, which names the last transaction it had committed. Two equal stamps mean
 * nothing was committed between them, by this process or any other; a read made after a stamp
 * was taken is therefore still current while new stamps equal it
 * (graph/house-network-cache.ts).
 */
export function readTxStamped<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<{ value: T; stamp: string | null }> {
  return withSession('READ', work);
}

/**
 * One read statement in an implicit transaction, which the server commits with its result: one
 * round trip where readTx takes two (its commit is a second). For a read asked again and again
 * whose caller just tries again later (the workshops' poller of the event log): not retried.
 */
export async function readStatement<R extends Record<string, unknown>>(query: string, params: Record<string, unknown>): Promise<Neo4jRecord<R>[]> {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: 'READ' });
  try {
    return (await session.run<R>(query, params)).records;
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
