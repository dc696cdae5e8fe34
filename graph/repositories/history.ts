import neo4j from 'neo4j-driver';
import { readTx } from '../session';
import { toChangeRecord, type ChangeRecord, type ChangeRow } from './audit';

export type HouseChange = ChangeRecord;

/**
 * A house's changes, newest first: all of them, or those of one target (an actor or a type,
 * e.g. 'house:demo-001/actor:abc'). Reads the audit trail written by graph/repositories/audit.ts.
 */
export function readHouseHistory(houseId: string, options: { target?: string; limit?: number } = {}): Promise<HouseChange[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ change: ChangeRow }>(
      `MATCH (c:Change {houseId: $houseId})
       WHERE $target IS NULL OR c.target = $target
       WITH c ORDER BY c.at DESC LIMIT $limit
       OPTIONAL MATCH (u:User {id: c.by})
       RETURN c { .id, .at, .by, .action, .target, .houseId, .from, .to, byName: u.name, byEmail: u.email } AS change
       ORDER BY c.at DESC`,
      { houseId, target: options.target ?? null, limit: neo4j.int(options.limit ?? 200) },
    );
    return result.records.map((record) => toChangeRecord(record.get('change')));
  });
}
