import type { ManagedTransaction } from 'neo4j-driver';
import { StaleWriteError } from '../../lib/domain/errors';
import { changeParams, CREATE_CHANGE_CLAUSE, type ChangeInput } from './audit';
import { lockHouse } from './house-locks';
import { readTx, writeTx } from '../session';

/**
 * A house's saved arrangements of its map: (:Arrangement {houseId, layout, positions, version,
 * updatedAt, updatedBy})-[:OF]->(:House), one per house and layout (migration 7). `positions` is
 * JSON text (Neo4j properties hold no maps), null after a reset: the node stays, so its version
 * keeps counting and a save based on the arrangement before the reset is refused as stale.
 */
export interface ArrangementRow {
  layout: string;
  positions: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const ROW = `a { .layout, .positions, version: coalesce(a.version, 0), updatedAt: toString(a.updatedAt), .updatedBy }`;

/** An arrangement as ROW returns it; a property never set is null. */
function toRow(row: ArrangementRow): ArrangementRow {
  return {
    layout: row.layout,
    positions: row.positions ?? null,
    version: row.version,
    updatedAt: row.updatedAt ?? null,
    updatedBy: row.updatedBy ?? null,
  };
}

/** Every saved arrangement of a house (at most one per layout), inside the caller's transaction. */
export async function readArrangementRowsIn(tx: Pick<ManagedTransaction, 'run'>, houseId: string): Promise<ArrangementRow[]> {
  const result = await tx.run<{ row: ArrangementRow }>(`MATCH (a:Arrangement {houseId: $houseId}) RETURN ${ROW} AS row ORDER BY a.layout`, { houseId });
  return result.records.map((r) => toRow(r.get('row')));
}

export function readArrangementRows(houseId: string): Promise<ArrangementRow[]> {
  return readTx((tx) => readArrangementRowsIn(tx, houseId));
}

export interface ArrangementWrite {
  houseId: string;
  layout: string;
  /** JSON text of the positions, or null to go back to the layout's own positions. */
  positions: string | null;
  /** The version the writer saw (0 = none saved yet). */
  expectedVersion: number;
  byName: string;
  /** The audit record, written in the same statement, made from the row it replaces. */
  change: (previous: ArrangementRow | null) => ChangeInput;
}

/**
 * Saves (or resets) one arrangement under the house's write lock: refused with StaleWriteError,
 * carrying the stored row, when its version is not the one the writer saw. The write and its
 * audit record commit together. A reset of what was never saved (or is reset already) writes
 * nothing. Returns the stored row and the one it replaced.
 */
export function writeArrangement(write: ArrangementWrite): Promise<{ row: ArrangementRow; previous: ArrangementRow | null }> {
  return writeTx(async (tx) => {
    await lockHouse(tx, write.houseId);
    const read = await tx.run<{ row: ArrangementRow | null }>(
      `OPTIONAL MATCH (a:Arrangement {houseId: $houseId, layout: $layout}) RETURN CASE WHEN a IS NULL THEN null ELSE ${ROW} END AS row`,
      { houseId: write.houseId, layout: write.layout },
    );
    const raw = read.records[0].get('row');
    const previous = raw ? toRow(raw) : null;
    if ((previous?.version ?? 0) !== write.expectedVersion) {
      throw new StaleWriteError(
        `arrangement ${write.houseId}/${write.layout}`,
        previous ?? { layout: write.layout, positions: null, version: 0, updatedAt: null, updatedBy: null },
      );
    }
    if (write.positions === null && (previous?.positions ?? null) === null)
      return { row: previous ?? { layout: write.layout, positions: null, version: 0, updatedAt: null, updatedBy: null }, previous };
    const result = await tx.run(
      `MATCH (h:House {id: $houseId})
       MERGE (a:Arrangement {houseId: $houseId, layout: $layout})
       MERGE (a)-[:OF]->(h)
       SET a.positions = $positions, a.version = coalesce(a.version, 0) + 1, a.updatedAt = datetime(), a.updatedBy = $byName
       WITH a
       ${CREATE_CHANGE_CLAUSE}
       RETURN ${ROW} AS row`,
      { houseId: write.houseId, layout: write.layout, positions: write.positions, byName: write.byName, change: changeParams(write.change(previous)) },
    );
    return { row: toRow(result.records[0].get('row')), previous };
  });
}
