import { randomUUID } from 'node:crypto';
import type { HouseNetwork } from '../../lib/domain/house-network';
import { NotFoundError } from '../../lib/domain/errors';
import { recordChange } from './audit';
import type { WriteContext } from '../../lib/domain/entry-write';
import { readTx, writeTx } from '../session';

export interface SnapshotSummary {
  id: string;
  label: string;
  takenAt: string;
  takenBy: string | null;
}

/**
 * Freezes the house's map as it is: (:Snapshot {id, label, takenAt, takenBy, network})-[:OF]->(:House),
 * the network kept as JSON text (Neo4j properties cannot hold nested maps). Returns the id.
 */
export function takeSnapshot(ctx: WriteContext, label: string, network: HouseNetwork): Promise<string> {
  return writeTx(async (tx) => {
    const id = `snapshot-${randomUUID()}`;
    const result = await tx.run(
      `MATCH (h:House {id: $houseId})
       CREATE (s:Snapshot {id: $id, label: $label, takenAt: datetime(), takenBy: $byName, network: $network})-[:OF]->(h)
       RETURN s.id AS id`,
      { houseId: ctx.houseId, id, label, byName: ctx.byName, network: JSON.stringify(network) },
    );
    if (result.records.length === 0) throw new NotFoundError(`house ${ctx.houseId}`);
    await recordChange(tx, { by: ctx.by, action: 'snapshot.create', target: `house:${ctx.houseId}/snapshot:${id}`, houseId: ctx.houseId, to: { name: label } });
    return id;
  });
}

/** The house's snapshots, newest first. */
export function listSnapshots(houseId: string): Promise<SnapshotSummary[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ snapshot: SnapshotSummary }>(
      `MATCH (s:Snapshot)-[:OF]->(:House {id: $houseId})
       RETURN s { .id, .label, takenAt: toString(s.takenAt), .takenBy } AS snapshot ORDER BY s.takenAt DESC`,
      { houseId },
    );
    return result.records.map((r) => ({ ...r.get('snapshot'), takenBy: r.get('snapshot').takenBy ?? null }));
  });
}

/** One snapshot with its frozen network; null when the house has no such snapshot. */
export function readSnapshot(houseId: string, snapshotId: string): Promise<(SnapshotSummary & { network: HouseNetwork }) | null> {
  return readTx(async (tx) => {
    const result = await tx.run<{ snapshot: SnapshotSummary & { network: string } }>(
      `MATCH (s:Snapshot {id: $snapshotId})-[:OF]->(:House {id: $houseId})
       RETURN s { .id, .label, takenAt: toString(s.takenAt), .takenBy, .network } AS snapshot`,
      { houseId, snapshotId },
    );
    const row = result.records[0]?.get('snapshot');
    if (!row) return null;
    // Written by takeSnapshot from a HouseNetwork, as JSON text.
    const network: HouseNetwork = JSON.parse(row.network);
    return { id: row.id, label: row.label, takenAt: row.takenAt, takenBy: row.takenBy ?? null, network };
  });
}
