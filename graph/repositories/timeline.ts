import { readTx } from '../session';

/** An audit record as the timeline reads it: from/to still JSON text (lib/domain/timeline/map-change.ts reads them). */
export interface StoredChangeRow {
  at: string;
  action: string;
  target: string;
  from: string | null;
  to: string | null;
}

/**
 * A house's changes of the given actions, oldest first, all of them (the timeline undoes them
 * one by one). Found through the (houseId, at) index of migration 5.
 */
export function readChangesOf(houseId: string, actions: readonly string[]): Promise<StoredChangeRow[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ row: StoredChangeRow }>(
      `MATCH (c:Change {houseId: $houseId}) WHERE c.action IN $actions
       RETURN c { .at, .action, .target, .from, .to } AS row ORDER BY c.at`,
      { houseId, actions: [...actions] },
    );
    return result.records.map((r) => {
      const row = r.get('row');
      return { at: row.at, action: row.action, target: row.target, from: row.from ?? null, to: row.to ?? null };
    });
  });
}
