import type { ManagedTransaction } from 'neo4j-driver';
import { StaleWriteError } from '../../lib/domain/errors';
import { changeParams, CREATE_CHANGE_CLAUSE, type ChangeInput } from './audit';
import { lockHouse } from './house-locks';
import { readTx, writeTx } from '../session';

/**
 * A house's presentation of its map (issue 18): (:Presentation {houseId, steps, snapshotId,
 * version, updatedAt, updatedBy})-[:OF]->(:House), one per house (migration 10). `steps` is JSON
 * text of the steps in their order with caption and hidden flag (Neo4j properties hold no maps).
 */
export interface PresentationRow {
  steps: string | null;
  snapshotId: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const ROW = `p { .steps, .snapshotId, version: coalesce(p.version, 0), updatedAt: toString(p.updatedAt), .updatedBy }`;

const NONE: PresentationRow = { steps: null, snapshotId: null, version: 0, updatedAt: null, updatedBy: null };

function toRow(row: PresentationRow | null): PresentationRow {
  if (!row) return NONE;
  return {
    steps: row.steps ?? null,
    snapshotId: row.snapshotId ?? null,
    version: row.version,
    updatedAt: row.updatedAt ?? null,
    updatedBy: row.updatedBy ?? null,
  };
}

async function readPresentationIn(tx: Pick<ManagedTransaction, 'run'>, houseId: string): Promise<PresentationRow> {
  const result = await tx.run<{ row: PresentationRow | null }>(
    `OPTIONAL MATCH (p:Presentation {houseId: $houseId}) RETURN CASE WHEN p IS NULL THEN null ELSE ${ROW} END AS row`,
    { houseId },
  );
  return toRow(result.records[0]?.get('row') ?? null);
}

/** The house's presentation; the defaults' row (version 0) when it never saved one. */
export function readPresentationRow(houseId: string): Promise<PresentationRow> {
  return readTx((tx) => readPresentationIn(tx, houseId));
}

export interface PresentationWrite {
  houseId: string;
  steps: string;
  snapshotId: string | null;
  expectedVersion: number;
  byName: string;
  change: (previous: PresentationRow) => ChangeInput;
}

/**
 * Saves the presentation under the house's write lock; refused with StaleWriteError carrying the
 * stored row when its version is not the one the writer saw. Write and audit record commit together.
 */
export function writePresentation(write: PresentationWrite): Promise<PresentationRow> {
  return writeTx(async (tx) => {
    await lockHouse(tx, write.houseId);
    const previous = await readPresentationIn(tx, write.houseId);
    if (previous.version !== write.expectedVersion) throw new StaleWriteError(`presentation ${write.houseId}`, previous);
    const result = await tx.run<{ row: PresentationRow }>(
      `MATCH (h:House {id: $houseId})
       MERGE (p:Presentation {houseId: $houseId})
       MERGE (p)-[:OF]->(h)
       SET p.steps = $steps, p.snapshotId = $snapshotId, p.version = coalesce(p.version, 0) + 1, p.updatedAt = datetime(), p.updatedBy = $byName
       WITH p
       ${CREATE_CHANGE_CLAUSE}
       RETURN ${ROW} AS row`,
      { houseId: write.houseId, steps: write.steps, snapshotId: write.snapshotId, byName: write.byName, change: changeParams(write.change(previous)) },
    );
    return toRow(result.records[0].get('row'));
  });
}
