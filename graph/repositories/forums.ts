import { randomUUID } from 'node:crypto';
import { NotFoundError } from '../../lib/domain/errors';
import { recordChange } from './audit';
import { lockHouse } from './involvement';
import type { WriteContext } from '../../lib/domain/entry-write';
import { writeTx } from '../session';

/** A forum (overleg) the house takes part in. Returns its id. */
export function addForum(ctx: WriteContext, name: string): Promise<string> {
  return writeTx(async (tx) => {
    await lockHouse(tx, ctx.houseId);
    const id = `forum-${randomUUID()}`;
    await tx.run(
      `MATCH (h:House {id: $houseId})
       CREATE (h)-[:PARTICIPATES_IN {since: datetime()}]->(:Forum {id: $id, name: $name, regional: false, createdBy: $byName})`,
      { houseId: ctx.houseId, id, name, byName: ctx.byName },
    );
    await recordChange(tx, { by: ctx.by, action: 'forum.create', target: `house:${ctx.houseId}/forum:${id}`, houseId: ctx.houseId, to: { name } });
    return id;
  });
}

/** Makes one of the house's organisations a member of one of its forums, or not. */
export function setForumMembership(ctx: WriteContext, forumId: string, actorId: string, member: boolean): Promise<void> {
  return writeTx(async (tx) => {
    await lockHouse(tx, ctx.houseId);
    const found = await tx.run(
      `MATCH (h:House {id: $houseId})-[:PARTICIPATES_IN]->(f:Forum {id: $forumId}), (h)-[:INVOLVES]->(a:Actor {id: $actorId})
       OPTIONAL MATCH (a)-[m:MEMBER_OF]->(f)
       RETURN f.name AS forum, a.name AS actor, m IS NOT NULL AS isMember`,
      { houseId: ctx.houseId, forumId, actorId },
    );
    const row = found.records[0];
    if (!row) throw new NotFoundError(`forum ${forumId} or actor ${actorId} of house ${ctx.houseId}`);
    if (row.get('isMember') === member) return;
    await tx.run(
      member
        ? 'MATCH (a:Actor {id: $actorId}), (f:Forum {id: $forumId}) MERGE (a)-[:MEMBER_OF]->(f)'
        : 'MATCH (a:Actor {id: $actorId})-[m:MEMBER_OF]->(f:Forum {id: $forumId}) DELETE m',
      { forumId, actorId },
    );
    await recordChange(tx, {
      by: ctx.by,
      action: member ? 'forum.member.add' : 'forum.member.remove',
      target: `house:${ctx.houseId}/actor:${actorId}`,
      houseId: ctx.houseId,
      from: { name: row.get('actor'), forum: member ? null : row.get('forum') },
      to: { forum: member ? row.get('forum') : null },
    });
  });
}
