import type { HouseNetwork, NetworkActor, NetworkCluster, NetworkForum, NetworkHouse, NetworkType } from '../../lib/domain/house-network';
import type { NetworkTie } from '../../lib/domain/ties/tie';
import type { ManagedTransaction } from 'neo4j-driver';
import { readTx } from '../session';
import { TIE_PROJECTION } from './ties';

/**
 * One house's whole partnership in one round trip: the house, the clusters, every catalogue type
 * with the house's answer, the house's own custom types, its named organisations with their
 * forums and the other houses they serve, and the forums it takes part in. Null when no such house.
 */
export function readHouseNetwork(houseId: string): Promise<HouseNetwork | null> {
  return readTx((tx) => readHouseNetworkIn(tx, houseId));
}

/** readHouseNetwork inside the caller's transaction (e.g. together with the session: lib/edge/session.ts). */
export async function readHouseNetworkIn(tx: ManagedTransaction, houseId: string): Promise<HouseNetwork | null> {
  const result = await tx.run<{
    house: Omit<NetworkHouse, 'municipalities'> & { municipalities: string[] | null };
    clusters: NetworkCluster[];
    types: NetworkType[];
    actors: NetworkActor[];
    forums: NetworkForum[];
    ties: NetworkTie[];
  }>(
    `MATCH (h:House {id: $houseId})
     CALL () {
       MATCH (c:Cluster) RETURN collect(c { .code, .name, .order }) AS clusters
     }
     CALL (h) {
       // The house's answers and named types first (one pass over its own relationships), so
       // the catalogue scan below looks them up instead of probing each dense ActorType.
       OPTIONAL MATCH (h)-[ans:ANSWERED]->(at:ActorType)
       WITH h, collect({ code: at.code, a: ans }) AS answered
       OPTIONAL MATCH (h)-[:INVOLVES]->(:Actor)-[:OF_TYPE]->(nt:ActorType)
       WITH answered, collect(DISTINCT nt.code) AS namedCodes
       WITH answered, namedCodes, [x IN answered WHERE x.code IS NOT NULL | x.code] AS answeredCodes
       MATCH (t:ActorType)
       WHERE (t.catalogue = true AND coalesce(t.retired, false) = false)
          OR t.code IN answeredCodes OR t.code IN namedCodes
       OPTIONAL MATCH (t)-[:IN_CLUSTER {primary: true}]->(c:Cluster)
       WITH t, c, [x IN answered WHERE x.code = t.code | x.a][0] AS a
       WITH t, c, a ORDER BY coalesce(t.order, 1000), t.name
       RETURN collect(t { .code, .name, .mandatory, .mandatoryNote,
                order: coalesce(t.order, 1000), catalogue: coalesce(t.catalogue, false),
                cluster: coalesce(c.code, 'andere-actoren'),
                answer: CASE WHEN a IS NULL THEN null ELSE a { .level, .note, .owner, .nextStep, .desired,
                  derived: coalesce(a.derived, false), version: coalesce(a.version, 1),
                  due: toString(a.due), updatedAt: toString(a.updatedAt), .updatedBy } END }) AS types
     }
     CALL (h) {
       OPTIONAL MATCH (h)-[i:INVOLVES]->(a:Actor)-[:OF_TYPE]->(t:ActorType)
       WITH h, i, a, t WHERE a IS NOT NULL
       CALL (a) {
         OPTIONAL MATCH (a)-[:MEMBER_OF]->(f:Forum)
         WITH f ORDER BY f.name
         RETURN collect(f { .id, .name }) AS forums
       }
       CALL (h, a) {
         OPTIONAL MATCH (other:House)-[oi:INVOLVES]->(a) WHERE other <> h
         WITH other, oi ORDER BY other.name
         RETURN collect(CASE WHEN other IS NULL THEN null ELSE { id: other.id, name: other.name, level: oi.level } END) AS otherHouses
       }
       WITH i, a, t, forums, otherHouses ORDER BY a.name, a.id
       RETURN collect(a { .id, .name, regional: coalesce(a.regional, false), typeCode: t.code,
                level: i.level, note: i.note, owner: i.owner, nextStep: i.nextStep, desired: i.desired, due: toString(i.due), via: i.via,
                version: coalesce(i.version, 1), updatedAt: toString(i.updatedAt), updatedBy: i.updatedBy,
                forums: forums, otherHouses: otherHouses }) AS actors
     }
     CALL (h) {
       OPTIONAL MATCH (h)-[:PARTICIPATES_IN]->(f:Forum)
       WITH h, f WHERE f IS NOT NULL
       CALL (h, f) {
         OPTIONAL MATCH (m:Actor)-[:MEMBER_OF]->(f) WHERE EXISTS { (h)-[:INVOLVES]->(m) }
         WITH m ORDER BY m.id
         RETURN collect(m.id) AS members
       }
       WITH f, members ORDER BY f.name
       RETURN collect(f { .id, .name, regional: coalesce(f.regional, false), members: members }) AS forums
     }
     CALL () {
       OPTIONAL MATCH (a:Actor)-[w:WORKS_WITH {houseId: $houseId}]->(b:Actor)
       WITH a, w, b WHERE w IS NOT NULL ORDER BY a.name, b.name, w.kind, w.id
       RETURN collect(${TIE_PROJECTION}) AS ties
     }
     RETURN h { .id, .name, .municipalities, .province, .urbanisation,
                intermunicipal: coalesce(h.intermunicipal, false), version: coalesce(h.version, 1) } AS house,
            clusters, types, actors, forums, ties`,
    { houseId },
  );
  const row = result.records[0];
  if (!row) return null;
  return {
    house: { ...row.get('house'), municipalities: row.get('house').municipalities ?? [] },
    clusters: row.get('clusters'),
    types: row.get('types').map((t) => ({
      ...t,
      mandatory: Boolean(t.mandatory),
      mandatoryNote: t.mandatoryNote ?? null,
      answer: t.answer ? { ...t.answer, desired: t.answer.desired ?? null } : null,
    })),
    actors: row.get('actors').map(normaliseActor),
    forums: row.get('forums'),
    ties: row.get('ties').map((t) => ({
      ...t,
      note: t.note ?? null,
      since: t.since === null || t.since === undefined ? null : Number(t.since),
      updatedAt: t.updatedAt ?? null,
      updatedBy: t.updatedBy ?? null,
    })),
  } satisfies HouseNetwork;
}

function normaliseActor(a: NetworkActor): NetworkActor {
  return {
    ...a,
    note: a.note ?? null,
    owner: a.owner ?? null,
    nextStep: a.nextStep ?? null,
    desired: a.desired ?? null,
    due: a.due ?? null,
    via: a.via ?? null,
    updatedAt: a.updatedAt ?? null,
    updatedBy: a.updatedBy ?? null,
  };
}
