import type { ManagedTransaction } from 'neo4j-driver';

/**
 * Work another use case adds to a write's transaction, to commit or fail with it: a workshop's
 * accept marks its proposal accepted and appends its event after the map write, before the
 * commit. The use case that owns the transaction (lib/use-cases/involvement.ts,
 * ties/tie-writes.ts) runs it; a refusal it throws rolls the write back. It may run more than
 * once when the transaction is run again after a deadlock (graph/session.ts).
 */
export type AfterWrite<T> = (tx: ManagedTransaction, result: T) => Promise<void>;
