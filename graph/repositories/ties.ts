import type { ManagedTransaction } from 'neo4j-driver';
import type { NetworkTie } from '../../lib/domain/ties/tie';
import type { TieKind } from '../../lib/domain/ties/tie-kinds';

/**
 * Ties between two named organisations of one house:
 * (:Actor)-[:WORKS_WITH {id, kind, note, since, houseId, version, updatedAt, updatedBy}]->(:Actor)
 * (migration 9). A regional organisation has its ties per house (`houseId`). Functions
 * `(tx, params)` in the caller's transaction (lib/use-cases/ties/): typed rows, no decisions.
 */
type Tx = Pick<ManagedTransaction, 'run'>;

/** A tie with the names of its ends, as a write returns it and the audit names it. */
export interface TieRow extends NetworkTie {
  fromName: string;
  toName: string;
}

export const TIE_PROJECTION = `w { .id, .kind, from: a.id, to: b.id, .note, since: w.since, version: coalesce(w.version, 1),
  updatedAt: toString(w.updatedAt), .updatedBy }`;
const ROW = `w { .id, .kind, from: a.id, to: b.id, .note, since: w.since, version: coalesce(w.version, 1),
  updatedAt: toString(w.updatedAt), .updatedBy, fromName: a.name, toName: b.name }`;

/** A map projection gives null for a property never set, so a row reads as the record type itself. */
type TieEnds = { kind: TieKind; from: string; to: string };
interface TieEndTypesRow {
  houseId: string;
  kind: TieKind;
  fromType: string;
  fromTypeName: string;
  toType: string;
  toTypeName: string;
}
interface TiesAmongRow {
  houseId: string;
  houseName: string;
  organisations: number;
  ties: number;
}

/** What the rules of a new tie read: the organisations the house names, and its ties as (kind, from, to). */
export async function readTieFacts(tx: Tx, params: { houseId: string }): Promise<{ actorIds: string[]; ties: { kind: TieKind; from: string; to: string }[] }> {
  const result = await tx.run<{ actorIds: string[]; ties: TieEnds[] }>(
    `MATCH (h:House {id: $houseId})
     CALL (h) { OPTIONAL MATCH (h)-[:INVOLVES]->(a:Actor) RETURN collect(a.id) AS actorIds }
     CALL () { OPTIONAL MATCH (a:Actor)-[w:WORKS_WITH {houseId: $houseId}]->(b:Actor) RETURN collect({ kind: w.kind, from: a.id, to: b.id }) AS ties }
     RETURN actorIds, ties`,
    params,
  );
  const row = result.records[0];
  if (!row) return { actorIds: [], ties: [] };
  return { actorIds: row.get('actorIds'), ties: row.get('ties').filter((t) => t.kind) };
}

/** Every tie of a house, in a stable order. */
async function readHouseTies(tx: Tx, params: { houseId: string }): Promise<NetworkTie[]> {
  const result = await tx.run<{ tie: NetworkTie }>(
    `MATCH (a:Actor)-[w:WORKS_WITH {houseId: $houseId}]->(b:Actor)
     RETURN ${TIE_PROJECTION} AS tie ORDER BY a.name, b.name, w.kind, w.id`,
    params,
  );
  return result.records.map((r) => r.get('tie'));
}

export async function readTie(tx: Tx, params: { houseId: string; tieId: string }): Promise<TieRow | null> {
  const result = await tx.run<{ tie: TieRow }>(
    `MATCH (a:Actor)-[w:WORKS_WITH {id: $tieId}]->(b:Actor) WHERE w.houseId = $houseId RETURN ${ROW} AS tie`,
    params,
  );
  return result.records[0]?.get('tie') ?? null;
}

export interface NewTieRow {
  houseId: string;
  id: string;
  kind: TieKind;
  from: string;
  to: string;
  note: string | null;
  since: number | null;
  byName: string;
}

/** Creates ties (version 1); returns them with their ends' names. Ends must be actors the caller checked. */
export async function createTies(tx: Tx, params: { ties: NewTieRow[] }): Promise<TieRow[]> {
  const result = await tx.run<{ tie: TieRow }>(
    `UNWIND $ties AS t
     MATCH (a:Actor {id: t.from}), (b:Actor {id: t.to})
     CREATE (a)-[w:WORKS_WITH {id: t.id, kind: t.kind, note: t.note, since: t.since, houseId: t.houseId, version: 1, updatedAt: datetime(), updatedBy: t.byName}]->(b)
     RETURN ${ROW} AS tie`,
    params,
  );
  return result.records.map((r) => r.get('tie'));
}

/** Sets a tie's note and year and its next version. */
export async function updateTie(
  tx: Tx,
  params: { houseId: string; tieId: string; note: string | null; since: number | null; version: number; byName: string },
): Promise<TieRow | null> {
  const result = await tx.run<{ tie: TieRow }>(
    `MATCH (a:Actor)-[w:WORKS_WITH {id: $tieId}]->(b:Actor) WHERE w.houseId = $houseId
     SET w.note = $note, w.since = $since, w.version = $version, w.updatedAt = datetime(), w.updatedBy = $byName
     RETURN ${ROW} AS tie`,
    params,
  );
  return result.records[0]?.get('tie') ?? null;
}

export async function deleteTie(tx: Tx, params: { houseId: string; tieId: string }): Promise<void> {
  await tx.run('MATCH ()-[w:WORKS_WITH {id: $tieId}]->() WHERE w.houseId = $houseId DELETE w', params);
}

/** Deletes the house's ties of one organisation (it leaves the house); returns what was deleted. */
export async function deleteActorTies(tx: Tx, params: { houseId: string; actorId: string }): Promise<TieRow[]> {
  const result = await tx.run<{ tie: TieRow }>(
    `MATCH (a:Actor)-[w:WORKS_WITH {houseId: $houseId}]->(b:Actor) WHERE a.id = $actorId OR b.id = $actorId
     WITH a, w, b, ${ROW} AS tie
     DELETE w
     RETURN tie`,
    params,
  );
  return result.records.map((r) => r.get('tie'));
}
/** Whether a house exists, in the caller's transaction (the read rule of every-house readers). */
export async function houseExistsIn(tx: Pick<ManagedTransaction, 'run'>, params: { houseId: string }): Promise<boolean> {
  const result = await tx.run<{ found: boolean }>('MATCH (h:House {id: $houseId}) RETURN count(h) > 0 AS found', params);
  return result.records[0].get('found');
}

/** The house's organisations by name and its ties: what a tie sheet is planned against. */
export async function readTieSheetState(tx: Tx, params: { houseId: string }): Promise<{ actors: { id: string; name: string }[]; ties: NetworkTie[] }> {
  const actors = await tx.run<{ actor: { id: string; name: string } }>(
    'MATCH (:House {id: $houseId})-[:INVOLVES]->(a:Actor) RETURN a { .id, .name } AS actor ORDER BY a.name, a.id',
    params,
  );
  return { actors: actors.records.map((r) => r.get('actor')), ties: await readHouseTies(tx, params) };
}

/** Every tie of every house with the types of its two ends (Kind en Gezin's overview). */
export async function readTieEndTypes(tx: Tx): Promise<TieEndTypesRow[]> {
  const result = await tx.run<{ row: TieEndTypesRow }>(
    `MATCH (ta:ActorType)<-[:OF_TYPE]-(a:Actor)-[w:WORKS_WITH]->(b:Actor)-[:OF_TYPE]->(tb:ActorType)
     RETURN { houseId: w.houseId, kind: w.kind, fromType: ta.code, fromTypeName: ta.name, toType: tb.code, toTypeName: tb.name } AS row`,
  );
  return result.records.map((r) => r.get('row'));
}

/**
 * Per house that names two or more organisations of the given types at one of the given levels:
 * how many it names and how many ties join them.
 */
export async function readTiesAmong(tx: Tx, params: { typeCodes: string[]; levels: string[] }): Promise<TiesAmongRow[]> {
  const result = await tx.run<{ row: TiesAmongRow }>(
    `MATCH (h:House)-[i:INVOLVES]->(a:Actor)-[:OF_TYPE]->(t:ActorType)
     WHERE t.code IN $typeCodes AND i.level IN $levels
     WITH h, collect(DISTINCT a) AS orgs WHERE size(orgs) >= 2
     CALL (h, orgs) {
       UNWIND orgs AS x
       OPTIONAL MATCH (x)-[w:WORKS_WITH {houseId: h.id}]->(y:Actor) WHERE y IN orgs
       RETURN count(w) AS ties
     }
     RETURN { houseId: h.id, houseName: h.name, organisations: size(orgs), ties: ties } AS row
     ORDER BY h.name`,
    params,
  );
  return result.records.map((r) => r.get('row'));
}
