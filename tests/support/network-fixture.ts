import { createHouse } from '@/graph/repositories/houses';
import { writeTx } from '@/graph/session';
import type { LevelCode } from '@/lib/domain/levels';
import { uniqueHouseId } from './unique-id';

export interface FixtureActor {
  id?: string;
  name: string;
  type: string;
  level: LevelCode;
  regional?: boolean;
  via?: string;
  note?: string;
}

export interface FixtureNetwork {
  answers?: { type: string; level: LevelCode; derived?: boolean }[];
  actors?: FixtureActor[];
  forums?: { id?: string; name: string; members?: string[] }[];
  urbanisation?: 'buitengebied' | 'regiostedelijk' | 'grootstad_rand' | 'centrumstad' | 'grootstad';
  /** The house's name (default: "Huis van het Kind <id>") and its id's prefix (default "it"). */
  name?: string;
  idPrefix?: string;
}

/**
 * A house with a network of its own, written straight into the graph (test setup only: the
 * product writes through graph/repositories). Ids are unique, so tests can share a database.
 * Returns the house id and the ids given to actors and forums (by name).
 */
export async function createNetworkFixture(network: FixtureNetwork = {}): Promise<{ houseId: string; actorIds: Record<string, string>; forumIds: Record<string, string> }> {
  const houseId = uniqueHouseId(network.idPrefix);
  await createHouse({ id: houseId, name: network.name ?? `Huis van het Kind ${houseId}`, municipalities: ['Proefstede'], province: 'Antwerpen', urbanisation: network.urbanisation ?? 'regiostedelijk' });
  const forumIds: Record<string, string> = {};
  for (const forum of network.forums ?? []) forumIds[forum.name] = forum.id ?? `${houseId}-forum-${Object.keys(forumIds).length + 1}`;
  const actorIds: Record<string, string> = {};
  for (const actor of network.actors ?? []) actorIds[actor.name] = actor.id ?? `${houseId}-actor-${Object.keys(actorIds).length + 1}`;
  await writeTx(async (tx) => {
    await tx.run(
      `MATCH (h:House {id: $houseId})
       UNWIND $answers AS a
       MATCH (t:ActorType {code: a.type})
       CREATE (h)-[:ANSWERED {level: a.level, derived: coalesce(a.derived, false), version: 1}]->(t)`,
      { houseId, answers: network.answers ?? [] },
    );
    await tx.run(
      `MATCH (h:House {id: $houseId})
       UNWIND $forums AS f
       MERGE (forum:Forum {id: f.id}) ON CREATE SET forum.name = f.name
       CREATE (h)-[:PARTICIPATES_IN]->(forum)`,
      { houseId, forums: Object.entries(forumIds).map(([name, id]) => ({ id, name })) },
    );
    await tx.run(
      `MATCH (h:House {id: $houseId})
       UNWIND $actors AS a
       MATCH (t:ActorType {code: a.type})
       MERGE (actor:Actor {id: a.id}) ON CREATE SET actor.name = a.name, actor.regional = a.regional
       MERGE (actor)-[:OF_TYPE]->(t)
       CREATE (h)-[:INVOLVES {level: a.level, via: a.via, note: a.note, version: 1}]->(actor)`,
      {
        houseId,
        actors: (network.actors ?? []).map((a) => ({
          id: actorIds[a.name],
          name: a.name,
          type: a.type,
          level: a.level,
          regional: a.regional ?? false,
          via: a.via ? forumIds[a.via] : null,
          note: a.note ?? null,
        })),
      },
    );
    await tx.run(
      `UNWIND $memberships AS m
       MATCH (a:Actor {id: m.actor}), (f:Forum {id: m.forum})
       MERGE (a)-[:MEMBER_OF]->(f)`,
      { memberships: (network.forums ?? []).flatMap((f) => (f.members ?? []).map((name) => ({ actor: actorIds[name], forum: forumIds[f.name] }))) },
    );
  });
  return { houseId, actorIds, forumIds };
}

/** Removes fixture houses with their own actors, forums, snapshots, arrangements and changes. */
export async function deleteNetworkFixtures(houseIds: string[]): Promise<void> {
  await writeTx(async (tx) => {
    // Ties of these houses, also on regional organisations that other houses keep.
    await tx.run('MATCH ()-[w:WORKS_WITH]->() WHERE w.houseId IN $houseIds DELETE w', { houseIds });
    await tx.run(
      `MATCH (h:House)-[:INVOLVES]->(a:Actor) WHERE h.id IN $houseIds AND NOT EXISTS { (other:House)-[:INVOLVES]->(a) WHERE NOT other.id IN $houseIds }
       DETACH DELETE a`,
      { houseIds },
    );
    await tx.run(
      `MATCH (h:House)-[:PARTICIPATES_IN]->(f:Forum) WHERE h.id IN $houseIds AND NOT EXISTS { (other:House)-[:PARTICIPATES_IN]->(f) WHERE NOT other.id IN $houseIds }
       DETACH DELETE f`,
      { houseIds },
    );
    await tx.run('MATCH (s:Snapshot)-[:OF]->(h:House) WHERE h.id IN $houseIds DETACH DELETE s', { houseIds });
    await tx.run('MATCH (a:Arrangement) WHERE a.houseId IN $houseIds DETACH DELETE a', { houseIds });
    await tx.run('MATCH (c:Change) WHERE c.houseId IN $houseIds DELETE c', { houseIds });
    await tx.run('MATCH (t:ActorType {custom: true}) WHERE t.houseId IN $houseIds DETACH DELETE t', { houseIds });
    await tx.run('MATCH (h:House) WHERE h.id IN $houseIds DETACH DELETE h', { houseIds });
  });
}
