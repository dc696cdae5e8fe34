import type { ManagedTransaction } from 'neo4j-driver';
import { changeParams, type ChangeInput } from './audit';

const BATCH = 2000;

/**
 * Appends many changes to the audit trail in the caller's transaction, a batch per round trip:
 * the same (:Change) records recordChange() writes, for imports that change thousands of answers.
 */
export async function recordChanges(tx: ManagedTransaction, changes: ChangeInput[], at: Date = new Date()): Promise<void> {
  const rows = changes.map((change) => changeParams(change, at));
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx.run(
      `UNWIND $rows AS c
       CREATE (:Change {id: c.id, at: c.at, by: c.by, action: c.action, target: c.target, houseId: c.houseId, from: c.from, to: c.to})`,
      { rows: rows.slice(i, i + BATCH) },
    );
  }
}
