import type { ManagedTransaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../lib/errors';
import { databaseName, getDriver } from './driver';

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

async function withSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = getDriver().session({ database: databaseName(), defaultAccessMode: mode });
  try {
    return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
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

/** Runs `work` in a write transaction (retried by the driver on transient errors). */
export function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return withSession('WRITE', work);
}
