import type { ManagedTransaction } from 'neo4j-driver';

/** Ids of the demo history's audit records start with this (seed/demo/demo-history.ts). */
const HISTORY_ID_PREFIX = 'demo-history-';
/** Its snapshots' ids start with this; the app's are `snapshot-<uuid>`, which never do. */
const SNAPSHOT_ID_PREFIX = 'snapshot-demo-';

export interface DemoHistoryRows {
  /** The system actor the records are by. */
  by: string;
  /** The audit records, as CREATE_CHANGE_CLAUSE stores them (from/to as JSON text). */
  changes: { id: string; at: string; action: string; target: string; houseId: string; from: string | null; to: string | null }[];
  snapshots: { id: string; houseId: string; label: string; takenAt: string; takenBy: string; network: string }[];
  /** Per house, the snapshot its presentation's last step compares with (stored as a coordinator's choice is). */
  comparisons: { houseId: string; snapshotId: string; at: string; byName: string }[];
}

/**
 * Removes the demo history: its audit records, the snapshots it took of fictional houses and the
 * presentations it chose a comparison for.
 * Real changes (the app's, with random ids) and a real house's snapshots are never touched.
 */
export async function deleteDemoHistory(tx: ManagedTransaction, byName: string): Promise<void> {
  await tx.run('MATCH (c:Change) WHERE c.id STARTS WITH $prefix DETACH DELETE c', { prefix: HISTORY_ID_PREFIX });
  await tx.run('MATCH (s:Snapshot)-[:OF]->(:House {fictional: true}) WHERE s.id STARTS WITH $prefix DETACH DELETE s', { prefix: SNAPSHOT_ID_PREFIX });
  // The presentations it set (still its choice, by the loader), and those of demo houses a reset
  // removed (the reset deletes the houses first). A property of our own would not pass the
  // backup's allow-list, so they are known by their house id, author and snapshot.
  await tx.run(
    `MATCH (p:Presentation) WHERE p.houseId STARTS WITH 'demo-'
       AND (NOT EXISTS { (p)-[:OF]->(:House) } OR (p.updatedBy = $byName AND p.snapshotId STARTS WITH $prefix))
     DETACH DELETE p`,
    { byName, prefix: SNAPSHOT_ID_PREFIX },
  );
}

/**
 * Writes the history of some demo houses: the audit records (MERGE on their fixed ids), the
 * snapshots, stored as takeSnapshot stores them (graph/repositories/snapshots.ts) with the
 * snapshot.create record that goes with each, and the presentation's choice of snapshot.
 */
export async function writeDemoHistory(tx: ManagedTransaction, rows: DemoHistoryRows): Promise<void> {
  await tx.run(
    `UNWIND $changes AS c
     MERGE (x:Change {id: c.id})
     SET x.at = c.at, x.by = $by, x.action = c.action, x.target = c.target, x.houseId = c.houseId, x.from = c.from, x.to = c.to`,
    { changes: rows.changes, by: rows.by },
  );
  await tx.run(
    `UNWIND $snapshots AS s
     MATCH (h:House {id: s.houseId, fictional: true})
     MERGE (x:Snapshot {id: s.id})
     SET x.label = s.label, x.takenAt = datetime(s.takenAt), x.takenBy = s.takenBy, x.network = s.network
     MERGE (x)-[:OF]->(h)
     MERGE (c:Change {id: $prefix + s.id})
     SET c.at = s.takenAt, c.by = $by, c.action = 'snapshot.create', c.target = 'house:' + s.houseId + '/snapshot:' + s.id,
         c.houseId = s.houseId, c.from = null, c.to = s.toText`,
    { snapshots: rows.snapshots.map((s) => ({ ...s, toText: JSON.stringify({ name: s.label }) })), by: rows.by, prefix: HISTORY_ID_PREFIX },
  );
  // A presentation the house never saved is left to the house: only a missing one is written.
  await tx.run(
    `UNWIND $comparisons AS c
     MATCH (h:House {id: c.houseId, fictional: true})
     WHERE NOT EXISTS { MATCH (:Presentation {houseId: c.houseId}) }
     CREATE (p:Presentation {houseId: c.houseId, snapshotId: c.snapshotId, version: 1, updatedAt: datetime(c.at), updatedBy: c.byName})-[:OF]->(h)`,
    { comparisons: rows.comparisons },
  );
}
