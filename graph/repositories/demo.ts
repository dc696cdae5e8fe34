import type { ManagedTransaction } from 'neo4j-driver';
import { ConflictError } from '../../lib/domain/errors';
import type { DemoDataset } from '../../seed/demo/demo-types';
import { readTx, writeTx } from '../session';
import { RELINK_TYPE_CLUSTERS } from './cluster-links';

/** Houses per write transaction: a few transactions, so the loader can report progress. */
const HOUSES_PER_BATCH = 29;

/**
 * Writes the demo dataset: MERGE on ids everywhere, so writing it twice gives the same database.
 * Shared nodes (added types, forums, organisations) first, then the houses in batches with their
 * answers, involvements and forums; relationships of a demo house that are not in the dataset are
 * removed, so the stored house equals the dataset. The catalogue is only read (MATCH), never changed.
 */
export async function writeDemo(dataset: DemoDataset, onProgress: (done: number, total: number) => void = () => {}): Promise<void> {
  const ids = dataset.houses.map((h) => h.id);
  const taken = await readTx(async (tx) => {
    const result = await tx.run<{ ids: string[] }>(`MATCH (h:House) WHERE h.id IN $ids AND coalesce(h.fictional, false) = false RETURN collect(h.id) AS ids`, {
      ids,
    });
    return result.records[0].get('ids');
  });
  if (taken.length > 0) {
    throw new ConflictError(
      `Demo house ids already used by real houses: ${taken.join(', ')}`,
      `De codes ${taken.join(', ')} zijn al in gebruik door echte huizen; de demodata werd niet geladen.`,
    );
  }
  await writeTx((tx) => writeShared(tx, dataset));
  for (let start = 0; start < dataset.houses.length; start += HOUSES_PER_BATCH) {
    const batch = dataset.houses.slice(start, start + HOUSES_PER_BATCH);
    await writeTx((tx) => writeHouses(tx, batch, dataset.stamp));
    onProgress(start + batch.length, dataset.houses.length);
  }
}

async function writeShared(tx: ManagedTransaction, dataset: DemoDataset): Promise<void> {
  // An added type that already exists and is not the demo's own (a house made it) is linked, not changed.
  await tx.run(
    `UNWIND $types AS t
     MERGE (at:ActorType {code: t.code})
       ON CREATE SET at.demo = true, at.catalogue = false, at.custom = true
     WITH at, t WHERE at.demo = true
     SET at.name = t.name, at.relatesTo = t.relatesTo, at.source = t.source
     WITH at, t
     ${RELINK_TYPE_CLUSTERS}`,
    { types: dataset.customTypes },
  );
  await tx.run(
    `UNWIND $forums AS f
     MERGE (fo:Forum {id: f.id})
     SET fo.name = f.name, fo.regional = f.regional, fo.fictional = true`,
    { forums: dataset.forums },
  );
  await tx.run(
    `UNWIND $actors AS a
     MERGE (ac:Actor {id: a.id})
     SET ac.name = a.name, ac.regional = a.regional, ac.fictional = true
     WITH ac, a
     OPTIONAL MATCH (ac)-[oldType:OF_TYPE]->(other:ActorType) WHERE other.code <> a.typeCode
     DELETE oldType
     WITH DISTINCT ac, a
     MATCH (t:ActorType {code: a.typeCode})
     MERGE (ac)-[:OF_TYPE]->(t)
     WITH ac, a
     OPTIONAL MATCH (ac)-[oldMember:MEMBER_OF]->(gone:Forum) WHERE NOT gone.id IN a.forums
     DELETE oldMember
     WITH DISTINCT ac, a
     UNWIND a.forums AS forumId
     MATCH (fo:Forum {id: forumId})
     MERGE (ac)-[:MEMBER_OF]->(fo)`,
    { actors: dataset.actors },
  );
}

async function writeHouses(tx: ManagedTransaction, houses: DemoDataset['houses'], stamp: string): Promise<void> {
  const rows = houses.map((h) => ({
    id: h.id,
    name: h.name,
    municipalities: h.municipalities,
    province: h.province,
    urbanisation: h.urbanisation,
    intermunicipal: h.intermunicipal,
    typeCodes: h.answers.map((a) => a.typeCode),
    actorIds: h.involvements.map((i) => i.actorId),
    forumIds: h.forums,
    tieIds: h.ties.map((t) => t.id),
  }));
  await tx.run(
    `UNWIND $rows AS x
     MERGE (h:House {id: x.id})
     SET h.name = x.name, h.municipalities = x.municipalities, h.province = x.province,
         h.urbanisation = x.urbanisation, h.intermunicipal = x.intermunicipal, h.fictional = true, h.version = 1
     WITH h, x
     OPTIONAL MATCH (h)-[a:ANSWERED]->(t:ActorType) WHERE NOT t.code IN x.typeCodes
     DELETE a
     WITH DISTINCT h, x
     OPTIONAL MATCH (h)-[i:INVOLVES]->(ac:Actor) WHERE NOT ac.id IN x.actorIds
     DELETE i
     WITH DISTINCT h, x
     OPTIONAL MATCH (h)-[p:PARTICIPATES_IN]->(f:Forum) WHERE NOT f.id IN x.forumIds
     DELETE p
     WITH DISTINCT h, x
     OPTIONAL MATCH ()-[w:WORKS_WITH {houseId: x.id}]->() WHERE NOT w.id IN x.tieIds
     DELETE w`,
    { rows },
  );
  await tx.run(
    `UNWIND $answers AS a
     MATCH (h:House {id: a.houseId})
     MATCH (t:ActorType {code: a.typeCode})
     MERGE (h)-[r:ANSWERED]->(t)
     SET r.level = a.level, r.derived = a.derived, r.version = 1, r.updatedAt = datetime($stamp), r.updatedBy = 'demo'`,
    { answers: houses.flatMap((h) => h.answers.map((a) => ({ houseId: h.id, ...a }))), stamp },
  );
  await tx.run(
    `UNWIND $involvements AS i
     MATCH (h:House {id: i.houseId})
     MATCH (ac:Actor {id: i.actorId})
     MERGE (h)-[r:INVOLVES]->(ac)
     SET r.level = i.level, r.note = i.note, r.owner = i.owner, r.nextStep = i.nextStep,
         r.due = CASE WHEN i.due IS NULL THEN null ELSE date(i.due) END, r.via = i.via,
         r.version = 1, r.updatedAt = datetime($stamp), r.updatedBy = 'demo'`,
    { involvements: houses.flatMap((h) => h.involvements.map((i) => ({ houseId: h.id, ...i }))), stamp },
  );
  await tx.run(
    `UNWIND $participations AS p
     MATCH (h:House {id: p.houseId})
     MATCH (f:Forum {id: p.forumId})
     MERGE (h)-[:PARTICIPATES_IN]->(f)`,
    { participations: houses.flatMap((h) => h.forums.map((forumId) => ({ houseId: h.id, forumId }))) },
  );
  // Fictional ties between the house's organisations (graph/repositories/ties.ts for the model).
  await tx.run(
    `UNWIND $ties AS t
     MATCH (a:Actor {id: t.from}), (b:Actor {id: t.to})
     MERGE (a)-[w:WORKS_WITH {id: t.id}]->(b)
     SET w.kind = t.kind, w.note = t.note, w.since = t.since, w.houseId = t.houseId, w.version = 1,
         w.updatedAt = datetime($stamp), w.updatedBy = 'demo', w.fictional = true`,
    { ties: houses.flatMap((h) => h.ties.map((t) => ({ houseId: h.id, ...t }))), stamp },
  );
}

export interface DemoResetResult {
  houses: number;
  actors: number;
  forums: number;
  types: number;
}

/**
 * Removes the fictional data: houses marked fictional (with their answers, involvements, forum
 * links, snapshots and arrangements), then fictional organisations and forums no real house still uses, then the
 * demo's added types no house or organisation still uses. Never touches the catalogue or a
 * non-fictional house.
 */
export function resetDemo(): Promise<DemoResetResult> {
  return writeTx(async (tx) => {
    // Ties of the fictional houses, also those on organisations a real house still names.
    await tx.run('MATCH (h:House) WHERE h.fictional = true WITH collect(h.id) AS ids MATCH ()-[w:WORKS_WITH]->() WHERE w.houseId IN ids DELETE w');
    const houses = await tx.run(
      `MATCH (h:House) WHERE h.fictional = true
       OPTIONAL MATCH (s:Snapshot|Arrangement)-[:OF]->(h)
       WITH collect(DISTINCT h) AS houses, collect(DISTINCT s) AS snapshots
       FOREACH (s IN snapshots | DETACH DELETE s)
       FOREACH (h IN houses | DETACH DELETE h)
       RETURN size(houses) AS n`,
    );
    const actors = await tx.run(
      `MATCH (a:Actor) WHERE a.fictional = true AND NOT EXISTS { MATCH (a)<-[:INVOLVES]-(:House) }
       DETACH DELETE a
       RETURN count(*) AS n`,
    );
    const forums = await tx.run(
      `MATCH (f:Forum) WHERE f.fictional = true AND NOT EXISTS { MATCH (f)<-[:PARTICIPATES_IN]-(:House) }
         AND NOT EXISTS { MATCH (f)<-[:MEMBER_OF]-(:Actor) }
       DETACH DELETE f
       RETURN count(*) AS n`,
    );
    const types = await tx.run(
      `MATCH (t:ActorType) WHERE t.demo = true AND coalesce(t.catalogue, false) = false
         AND NOT EXISTS { MATCH (t)<-[:ANSWERED]-(:House) } AND NOT EXISTS { MATCH (t)<-[:OF_TYPE]-(:Actor) }
       DETACH DELETE t
       RETURN count(*) AS n`,
    );
    const n = (result: { records: { get(key: 'n'): number }[] }) => result.records[0].get('n');
    return { houses: n(houses), actors: n(actors), forums: n(forums), types: n(types) };
  });
}
