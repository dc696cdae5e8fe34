import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { NotFoundError } from '../../lib/domain/errors';
import { recordChange } from './audit';
import { lockHouse } from './house-locks';
import type { WriteContext } from '../../lib/domain/entry-write';

/**
 * The forums (overleg) of a house and their members: functions `(tx, params)` in the caller's
 * transaction (lib/use-cases/involvement.ts owns it). Each takes the whole-house lock first.
 */

/** A forum to add to the house. */
export interface NewForum extends WriteContext {
  name: string;
}

/** One organisation of the house in or out of one of its forums. */
export interface ForumMembership extends WriteContext {
  forumId: string;
  actorId: string;
  member: boolean;
}

/** A forum (overleg) the house takes part in. Returns its id. */
export async function addForum(tx: ManagedTransaction, params: NewForum): Promise<string> {
  await lockHouse(tx, params.houseId);
  const id = `forum-${randomUUID()}`;
  await tx.run(
    `MATCH (h:House {id: $houseId})
     CREATE (h)-[:PARTICIPATES_IN {since: datetime()}]->(:Forum {id: $id, name: $name, regional: false, createdBy: $byName})`,
    { houseId: params.houseId, id, name: params.name, byName: params.byName },
  );
  await recordChange(tx, {
    by: params.by,
    action: 'forum.create',
    target: `house:${params.houseId}/forum:${id}`,
    houseId: params.houseId,
    to: { name: params.name },
  });
  return id;
}

/** Makes one of the house's organisations a member of one of its forums, or not. */
export async function setForumMembership(tx: ManagedTransaction, params: ForumMembership): Promise<void> {
  const { houseId, forumId, actorId, member } = params;
  await lockHouse(tx, houseId);
  const found = await tx.run<{ forum: string; actor: string; isMember: boolean }>(
    `MATCH (h:House {id: $houseId})-[:PARTICIPATES_IN]->(f:Forum {id: $forumId}), (h)-[:INVOLVES]->(a:Actor {id: $actorId})
     OPTIONAL MATCH (a)-[m:MEMBER_OF]->(f)
     RETURN f.name AS forum, a.name AS actor, m IS NOT NULL AS isMember`,
    { houseId, forumId, actorId },
  );
  const row = found.records[0];
  if (!row) throw new NotFoundError(`forum ${forumId} or actor ${actorId} of house ${houseId}`);
  if (row.get('isMember') === member) return;
  await tx.run(
    member
      ? 'MATCH (a:Actor {id: $actorId}), (f:Forum {id: $forumId}) MERGE (a)-[:MEMBER_OF]->(f)'
      : 'MATCH (a:Actor {id: $actorId})-[m:MEMBER_OF]->(f:Forum {id: $forumId}) DELETE m',
    { forumId, actorId },
  );
  await recordChange(tx, {
    by: params.by,
    action: member ? 'forum.member.add' : 'forum.member.remove',
    target: `house:${houseId}/actor:${actorId}`,
    houseId,
    from: { name: row.get('actor'), forum: member ? null : row.get('forum') },
    to: { forum: member ? row.get('forum') : null },
  });
}
