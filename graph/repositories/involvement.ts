import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { NotFoundError, StaleWriteError, ValidationError } from '../../lib/domain/errors';
import { derivedAnswerChange } from '../../lib/domain/derived-answer';
import { entryDiff, nextEntryState, NO_ENTRY, type EntryChange, type EntryState, type WriteContext } from '../../lib/domain/entry-write';
import { strongestLevel, type LevelCode } from '../../lib/domain/levels';
import { changeParams, CREATE_CHANGE_CLAUSE, recordChange } from './audit';
import { writeTx } from '../session';
import { tieAudit } from '../../lib/domain/ties/tie-audit';
import { deleteActorTies } from './ties';

/**
 * Work that must commit or fail together with a write (a workshop marks its proposal accepted
 * and appends its event in the same transaction): runs after the write, before the commit.
 */
export type AfterWrite<T> = (tx: ManagedTransaction, result: T) => Promise<void>;

function writeThen<T>(afterWrite: AfterWrite<T> | undefined, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return writeTx(async (tx) => {
    const result = await work(tx);
    if (afterWrite) await afterWrite(tx, result);
    return result;
  });
}

/**
 * Takes the house's write lock (by bumping its version) so that the version checks below read
 * what the last writer committed: two writes to one house run one after the other.
 */
export async function lockHouse(tx: ManagedTransaction, houseId: string): Promise<void> {
  const result = await tx.run('MATCH (h:House {id: $houseId}) SET h.version = coalesce(h.version, 1) + 1 RETURN h.id AS id', { houseId });
  if (result.records.length === 0) throw new NotFoundError(`house ${houseId}`);
}

/** An answer or involvement as the STATE projection returns it (a property never set is null). */
function toState(row: EntryState | null): EntryState {
  if (!row) return NO_ENTRY;
  return {
    level: row.level ?? null,
    note: row.note ?? null,
    owner: row.owner ?? null,
    nextStep: row.nextStep ?? null,
    due: row.due ?? null,
    desired: row.desired ?? null,
    via: row.via ?? null,
    version: row.version ?? 0,
  };
}

const STATE = `{ .level, .note, .owner, .nextStep, .desired, .via, due: toString(r.due), version: coalesce(r.version, 1) }`;

/**
 * Sets the house's answer for a type (question 4). Refused when the type's level is derived from
 * named organisations, and when `expectedVersion` is not the current one (0 = no answer yet).
 * Level null removes the answer ("geen antwoord"). Returns the new state.
 */
export function saveTypeAnswer(
  ctx: WriteContext,
  typeCode: string,
  expectedVersion: number,
  change: EntryChange,
  afterWrite?: AfterWrite<EntryState>,
): Promise<EntryState> {
  return writeThen(afterWrite, async (tx) => {
    // One round trip: take the house's write lock (version bump), then read the answer under it.
    const read = await tx.run<{ name: string; state: EntryState | null; named: boolean }>(
      `MATCH (h:House {id: $houseId})
       SET h.version = coalesce(h.version, 1) + 1
       WITH h
       MATCH (t:ActorType {code: $typeCode})
       WHERE coalesce(t.catalogue, false) OR t.houseId = $houseId
       OPTIONAL MATCH (h)-[r:ANSWERED]->(t)
       RETURN t.name AS name, CASE WHEN r IS NULL THEN null ELSE r ${STATE} END AS state,
              EXISTS { (h)-[:INVOLVES]->(:Actor)-[:OF_TYPE]->(t) } AS named`,
      { houseId: ctx.houseId, typeCode },
    );
    const row = read.records[0];
    if (!row) throw new NotFoundError(`house ${ctx.houseId} or type ${typeCode}`);
    const current = toState(row.get('state'));
    if (current.version !== expectedVersion) throw new StaleWriteError(`answer ${ctx.houseId}/${typeCode}`, current);
    if (row.get('named') && change.level !== undefined && change.level !== current.level) {
      throw new ValidationError(
        { level: ['Dit antwoord volgt uit de benoemde organisaties; wijzig hun betrokkenheid.'] },
        'Dit antwoord volgt uit de benoemde organisaties.',
      );
    }
    const own = { ...change, via: undefined };
    const { from, to } = entryDiff(current, own);
    if (Object.keys(to).length === 0) return current;
    const next = nextEntryState(current, own);
    // The write and its audit record in one statement: one round trip for the whole change.
    const audit = changeParams({
      by: ctx.by,
      action: 'answer.update',
      target: `house:${ctx.houseId}/type:${typeCode}`,
      houseId: ctx.houseId,
      from: { name: row.get('name'), ...from },
      to,
    });
    if (next.level === null) {
      await tx.run(
        `MATCH (:House {id: $houseId})-[r:ANSWERED]->(:ActorType {code: $typeCode}) DELETE r
         WITH count(*) AS removed
         ${CREATE_CHANGE_CLAUSE}`,
        { houseId: ctx.houseId, typeCode, change: audit },
      );
    } else {
      await tx.run(
        `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
         MERGE (h)-[r:ANSWERED]->(t)
         SET r.level = $s.level, r.note = $s.note, r.owner = $s.owner, r.nextStep = $s.nextStep, r.due = $s.due, r.desired = $s.desired,
             r.derived = false, r.version = $s.version, r.updatedAt = datetime(), r.updatedBy = $byName
         WITH count(*) AS written
         ${CREATE_CHANGE_CLAUSE}`,
        { houseId: ctx.houseId, typeCode, s: next, byName: ctx.byName, change: audit },
      );
    }
    return next;
  });
}

/** Changes one named organisation's involvement (level, note, plan, forum), checked against its version. */
export function saveInvolvement(
  ctx: WriteContext,
  actorId: string,
  expectedVersion: number,
  change: EntryChange,
  afterWrite?: AfterWrite<EntryState>,
): Promise<EntryState> {
  return writeThen(afterWrite, async (tx) => {
    const read = await tx.run<{ name: string; typeCode: string; state: EntryState }>(
      `MATCH (h:House {id: $houseId})
       SET h.version = coalesce(h.version, 1) + 1
       WITH h
       MATCH (h)-[r:INVOLVES]->(a:Actor {id: $actorId})-[:OF_TYPE]->(t:ActorType)
       RETURN a.name AS name, t.code AS typeCode, r ${STATE} AS state`,
      { houseId: ctx.houseId, actorId },
    );
    const row = read.records[0];
    if (!row) throw new NotFoundError(`involvement ${ctx.houseId}/${actorId}`);
    const current = toState(row.get('state'));
    if (current.version !== expectedVersion) throw new StaleWriteError(`involvement ${ctx.houseId}/${actorId}`, current);
    if (change.level === null) throw new ValidationError({ level: ['Kies een betrokkenheid.'] });
    const { from, to } = entryDiff(current, change);
    if (Object.keys(to).length === 0) return current;
    const next = nextEntryState(current, change);
    if (next.via) {
      const forum = await tx.run('MATCH (:House {id: $houseId})-[:PARTICIPATES_IN]->(f:Forum {id: $via}) RETURN f.id AS id', {
        houseId: ctx.houseId,
        via: next.via,
      });
      if (forum.records.length === 0) throw new ValidationError({ via: ['Kies een overleg waaraan het huis deelneemt.'] });
    }
    await tx.run(
      `MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})
       SET r.level = $s.level, r.note = $s.note, r.owner = $s.owner, r.nextStep = $s.nextStep, r.due = $s.due, r.desired = $s.desired, r.via = $s.via,
           r.version = $s.version, r.updatedAt = datetime(), r.updatedBy = $byName
       WITH a
       OPTIONAL MATCH (f:Forum {id: $s.via})
       FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (a)-[:MEMBER_OF]->(f))`,
      { houseId: ctx.houseId, actorId, s: next, byName: ctx.byName },
    );
    await recordChange(tx, {
      by: ctx.by,
      action: 'involvement.update',
      target: `house:${ctx.houseId}/actor:${actorId}`,
      houseId: ctx.houseId,
      from: { name: row.get('name'), ...from },
      to,
    });
    if (to.level !== undefined) await deriveTypeAnswer(tx, ctx, row.get('typeCode'));
    return next;
  });
}

/** Names an organisation of a type with its own level; the type's answer then derives from its organisations. */
export function addNamedActor(
  ctx: WriteContext,
  input: { typeCode: string; name: string; level: LevelCode; desired?: LevelCode | null },
  afterWrite?: AfterWrite<string>,
): Promise<string> {
  return writeThen(afterWrite, async (tx) => {
    await lockHouse(tx, ctx.houseId);
    const actorId = `actor-${randomUUID()}`;
    const result = await tx.run(
      `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
       WHERE coalesce(t.catalogue, false) OR t.houseId = $houseId
       CREATE (a:Actor {id: $actorId, name: $name, regional: false, createdAt: datetime(), createdBy: $byName})-[:OF_TYPE]->(t)
       CREATE (h)-[:INVOLVES {level: $level, desired: $desired, version: 1, updatedAt: datetime(), updatedBy: $byName}]->(a)
       RETURN a.id AS id`,
      { houseId: ctx.houseId, typeCode: input.typeCode, actorId, name: input.name, level: input.level, desired: input.desired ?? null, byName: ctx.byName },
    );
    if (result.records.length === 0) throw new NotFoundError(`type ${input.typeCode}`);
    await recordChange(tx, {
      by: ctx.by,
      action: 'involvement.create',
      target: `house:${ctx.houseId}/actor:${actorId}`,
      houseId: ctx.houseId,
      to: { name: input.name, typeCode: input.typeCode, level: input.level, ...(input.desired ? { desired: input.desired } : {}) },
    });
    await deriveTypeAnswer(tx, ctx, input.typeCode);
    return actorId;
  });
}

/** Removes a named organisation from the house (checked against its version); the organisation itself stays when another house involves it. */
export function removeInvolvement(ctx: WriteContext, actorId: string, expectedVersion: number): Promise<void> {
  return writeTx(async (tx) => {
    await lockHouse(tx, ctx.houseId);
    const read = await tx.run<{ name: string; typeCode: string; state: EntryState }>(
      `MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})-[:OF_TYPE]->(t:ActorType)
       RETURN a.name AS name, t.code AS typeCode, r ${STATE} AS state`,
      { houseId: ctx.houseId, actorId },
    );
    const row = read.records[0];
    if (!row) throw new NotFoundError(`involvement ${ctx.houseId}/${actorId}`);
    const current = toState(row.get('state'));
    if (current.version !== expectedVersion) throw new StaleWriteError(`involvement ${ctx.houseId}/${actorId}`, current);
    // Its ties in this house go with it (a regional organisation keeps those of other houses).
    const ties = await deleteActorTies(tx, { houseId: ctx.houseId, actorId });
    await tx.run(
      `MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})
       DELETE r
       WITH a WHERE NOT EXISTS { (:House)-[:INVOLVES]->(a) } AND NOT coalesce(a.regional, false)
       DETACH DELETE a`,
      { houseId: ctx.houseId, actorId },
    );
    for (const tie of ties)
      await recordChange(tx, {
        by: ctx.by,
        action: 'tie.delete',
        target: `house:${ctx.houseId}/tie:${tie.id}`,
        houseId: ctx.houseId,
        from: tieAudit(tie),
        to: null,
      });
    await recordChange(tx, {
      by: ctx.by,
      action: 'involvement.delete',
      target: `house:${ctx.houseId}/actor:${actorId}`,
      houseId: ctx.houseId,
      from: { name: row.get('name'), typeCode: row.get('typeCode'), level: current.level },
      to: null,
    });
    await deriveTypeAnswer(tx, ctx, row.get('typeCode'));
  });
}

/**
 * Keeps a type's answer in step with its named organisations, in the caller's transaction: the
 * strongest level wins and the answer is marked derived. With no organisations left, the last
 * answer stays and counts as the house's own again.
 */
export async function deriveTypeAnswer(tx: ManagedTransaction, ctx: WriteContext, typeCode: string): Promise<void> {
  const result = await tx.run<{ levels: LevelCode[]; level: LevelCode | null; derived: boolean; name: string }>(
    `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     OPTIONAL MATCH (h)-[i:INVOLVES]->(:Actor)-[:OF_TYPE]->(t)
     WITH h, t, collect(i.level) AS levels
     OPTIONAL MATCH (h)-[r:ANSWERED]->(t)
     RETURN levels, r.level AS level, coalesce(r.derived, false) AS derived, t.name AS name`,
    { houseId: ctx.houseId, typeCode },
  );
  const row = result.records[0];
  const levels = row.get('levels');
  const derived = strongestLevel(levels);
  if (derived === null) {
    if (row.get('derived')) {
      await tx.run('MATCH (:House {id: $houseId})-[r:ANSWERED]->(:ActorType {code: $typeCode}) SET r.derived = false', { houseId: ctx.houseId, typeCode });
    }
    return;
  }
  if (row.get('level') === derived && row.get('derived')) return;
  const change = derivedAnswerChange({ code: typeCode, name: row.get('name') }, { level: row.get('level') ?? null, derived: row.get('derived') }, levels);
  if (change) ctx.checkDerived?.(change);
  await tx.run(
    `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     MERGE (h)-[r:ANSWERED]->(t)
     SET r.level = $level, r.derived = true, r.version = coalesce(r.version, 0) + 1, r.updatedAt = datetime(), r.updatedBy = $byName`,
    { houseId: ctx.houseId, typeCode, level: derived, byName: ctx.byName },
  );
  await recordChange(tx, {
    by: ctx.by,
    action: 'answer.derive',
    target: `house:${ctx.houseId}/type:${typeCode}`,
    houseId: ctx.houseId,
    from: { name: row.get('name'), level: row.get('level') ?? null },
    to: { level: derived },
  });
}
