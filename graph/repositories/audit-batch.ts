import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeInput } from './audit';

const BATCH = 2000;

/**
 * Appends many changes to the audit trail in the caller's transaction, a batch per round trip:
 * the same (:Change) records recordChange() writes, for imports that change thousands of answers.
 */
export async function recordChanges(tx: ManagedTransaction, changes: ChangeInput[], at: Date = new Date()): Promise<void> {
  const rows = changes.map((change) => ({
    id: randomUUID(),
    at: at.toISOString(),
    by: change.by,
    action: change.action,
    target: change.target,
    houseId: change.houseId ?? null,
    from: change.from === undefined ? null : JSON.stringify(change.from),
    to: change.to === undefined ? null : JSON.stringify(change.to),
  }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(
      `UNWIND $rows AS c
       CREATE (:Change {id: c.id, at: c.at, by: c.by, action: c.action, target: c.target, houseId: c.houseId, from: c.from, to: c.to})`,
      { rows: rows.slice(i, i + BATCH) },
    );
  }
}
