import { randomUUID } from 'node:crypto';
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { ForumNotJoinedError, NotFoundError, StaleWriteError } from '../../lib/domain/errors';
import { derivedAnswerUpdate } from '../../lib/domain/derived-answer';
import {
  checkInvolvementChange,
  checkTypeAnswerChange,
  entryDiff,
  nextEntryState,
  NO_ENTRY,
  type EntryChange,
  type EntryState,
  type WriteContext,
} from '../../lib/domain/entry-write';
import { LEVEL_CODES, LEVELS_BY_STRENGTH, type LevelCode } from '../../lib/domain/levels';
import { changeParams, CREATE_CHANGE_CLAUSE, recordChange } from './audit';
import { writeTx } from '../session';
import { lockTypeAnswer } from './house-locks';
import { answerTurn } from './answer-turns';
import { markTiming } from '../timing-marks';
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
    // This type's answer is locked (not the house) and read under the lock, in one statement.
    // Where the house has no answer for it yet, the house node stands in (lockTypeAnswer) and
    // the answer is read again under that lock.
    const readLocked = () =>
      tx.run<{ name: string; state: EntryState | null; named: boolean }>(
        `MATCH (h:House {id: $houseId})
         MATCH (t:ActorType {code: $typeCode})
         WHERE coalesce(t.catalogue, false) OR t.houseId = $houseId
         OPTIONAL MATCH (h)-[r:ANSWERED]->(t)
         SET r.version = coalesce(r.version, 1)
         RETURN t.name AS name, CASE WHEN r IS NULL THEN null ELSE r ${STATE} END AS state,
                EXISTS { (h)-[:INVOLVES]->(:Actor)-[:OF_TYPE]->(t) } AS named`,
        { houseId: ctx.houseId, typeCode },
      );
    let read = await readLocked();
    if (read.records[0] && read.records[0].get('state') === null) {
      await lockTypeAnswer(tx, ctx.houseId, typeCode);
      read = await readLocked();
    }
    markTiming('locked');
    const row = read.records[0];
    if (!row) throw new NotFoundError(`house ${ctx.houseId} or type ${typeCode}`);
    const current = toState(row.get('state'));
    if (current.version !== expectedVersion) throw new StaleWriteError(`answer ${ctx.houseId}/${typeCode}`, current);
    checkTypeAnswerChange(row.get('named'), current, change);
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
  // The turn on the type's answer (answer-turns.ts) lasts until the transaction has ended.
  const turn = { end: () => {} };
  return writeThen(afterWrite, async (tx) => {
    // A retried attempt: the turn of the one before ends first.
    turn.end();
    // Locks this organisation's involvement only (a property write that keeps the value takes
    // the lock), read under the lock: other organisations of the house are not waited for. A
    // level change then locks the type's answer in the write's statement (DERIVE_ANSWER).
    const read = await tx.run<{ name: string; typeCode: string; typeName: string; state: EntryState }>(
      `MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})-[:OF_TYPE]->(t:ActorType)
       SET r.version = coalesce(r.version, 1)
       RETURN a.name AS name, t.code AS typeCode, t.name AS typeName, r ${STATE} AS state`,
      { houseId: ctx.houseId, actorId },
    );
    const row = read.records[0];
    if (!row) throw new NotFoundError(`involvement ${ctx.houseId}/${actorId}`);
    markTiming('locked');
    const current = toState(row.get('state'));
    if (current.version !== expectedVersion) throw new StaleWriteError(`involvement ${ctx.houseId}/${actorId}`, current);
    checkInvolvementChange(change);
    const { from, to } = entryDiff(current, change);
    if (Object.keys(to).length === 0) return current;
    const next = nextEntryState(current, change);
    if (next.via) {
      const forum = await tx.run('MATCH (:House {id: $houseId})-[:PARTICIPATES_IN]->(f:Forum {id: $via}) RETURN f.id AS id', {
        houseId: ctx.houseId,
        via: next.via,
      });
      if (forum.records.length === 0) throw new ForumNotJoinedError();
    }
    // The write and its audit record in one statement, and when the level changes the type's
    // derived answer too (locked, its levels read and written, with its own audit record): two
    // round trips in all, so the type's answer, which every writer of that type waits for, is
    // held from this statement to the commit only.
    const audit = changeParams({
      by: ctx.by,
      action: 'involvement.update',
      target: `house:${ctx.houseId}/actor:${actorId}`,
      houseId: ctx.houseId,
      from: { name: row.get('name'), ...from },
      to,
    });
    const params = { houseId: ctx.houseId, actorId, s: next, byName: ctx.byName, change: audit };
    if (to.level === undefined) {
      await tx.run(`${WRITE_INVOLVEMENT} WITH count(*) AS written ${CREATE_CHANGE_CLAUSE}`, params);
      return next;
    }
    const typeCode = row.get('typeCode');
    turn.end = await answerTurn(ctx.houseId, typeCode);
    const derived = await tx.run<DerivedRow>(
      `${WRITE_INVOLVEMENT} WITH h, count(*) AS written ${CREATE_CHANGE_CLAUSE} WITH h ${DERIVE_ANSWER} ${CREATE_DERIVE_CHANGE} ${RETURN_DERIVED}`,
      { ...params, ...deriveParams(ctx, typeCode), derive: deriveChangeParams(ctx, typeCode, row.get('typeName')) },
    );
    await checkDerivedRow(tx, ctx, typeCode, derived.records[0], true);
    return next;
  }).finally(() => turn.end());
}

/** Names an organisation of a type with its own level; the type's answer then derives from its organisations. */
export function addNamedActor(
  ctx: WriteContext,
  input: { typeCode: string; name: string; level: LevelCode; desired?: LevelCode | null },
  afterWrite?: AfterWrite<string>,
): Promise<string> {
  return writeThen(afterWrite, async (tx) => {
    // No house lock: the new involvement is created on the house node (which waits for a
    // whole-house writer) and the type's answer is locked by deriveTypeAnswer.
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
    const read = await tx.run<{ name: string; typeCode: string; state: EntryState }>(
      `MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})-[:OF_TYPE]->(t:ActorType)
       SET r.version = coalesce(r.version, 1)
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

/** An organisation's involvement written (the statement's first part; `h` the house, `a` the organisation). */
const WRITE_INVOLVEMENT = `MATCH (h:House {id: $houseId})-[inv:INVOLVES]->(a:Actor {id: $actorId})
       SET inv.level = $s.level, inv.note = $s.note, inv.owner = $s.owner, inv.nextStep = $s.nextStep, inv.due = $s.due, inv.desired = $s.desired, inv.via = $s.via,
           inv.version = $s.version, inv.updatedAt = datetime(), inv.updatedBy = $byName
       WITH h, a
       OPTIONAL MATCH (f:Forum {id: $s.via})
       FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | MERGE (a)-[:MEMBER_OF]->(f))`;

/**
 * A type's answer kept in step with its named organisations, after `WITH h` (the house): locks
 * the answer, reads the organisations' levels under that lock (this statement's own writes
 * included) and writes the answer when it changes (`rederived`). The strongest level wins and the
 * answer is marked derived; with no organisations left the last answer stays and counts as the
 * house's own again. The same rule as derivedAnswerUpdate (lib/domain/derived-answer.ts), which
 * the caller applies to the returned row.
 */
const DERIVE_ANSWER = `MATCH (t:ActorType {code: $typeCode})
     OPTIONAL MATCH (h)-[r:ANSWERED]->(t)
     SET r.version = coalesce(r.version, 1)
     WITH h, t, r
     OPTIONAL MATCH (h)-[i:INVOLVES]->(:Actor)-[:OF_TYPE]->(t)
     WITH t, r, collect(i.level) AS levels
     WITH t, r, levels, r.level AS level, coalesce(r.derived, false) AS derived, head([l IN $byStrength WHERE l IN levels]) AS strongest
     WITH t, r, levels, level, derived, strongest, r IS NOT NULL AND strongest IS NOT NULL AND NOT (level = strongest AND derived) AS rederived
     FOREACH (_ IN CASE WHEN rederived THEN [1] ELSE [] END |
       SET r.level = strongest, r.derived = true, r.version = r.version + 1, r.updatedAt = datetime(), r.updatedBy = $byName)
     FOREACH (_ IN CASE WHEN r IS NOT NULL AND strongest IS NULL AND derived THEN [1] ELSE [] END | SET r.derived = false)`;

/**
 * The derived answer's audit record, in the same statement, when it was written: its `from` and
 * `to` are picked from JSON texts made by deriveChangeParams for every level the answer can have.
 */
const CREATE_DERIVE_CHANGE = `FOREACH (_ IN CASE WHEN rederived THEN [1] ELSE [] END |
       CREATE (:Change {id: $derive.id, at: $derive.at, by: $derive.by, action: $derive.action, target: $derive.target, houseId: $derive.houseId,
         from: $derive.fromByLevel[coalesce(level, 'none')], to: $derive.toByLevel[strongest]}))`;

const RETURN_DERIVED = `RETURN r IS NOT NULL AS answered, levels, level, derived, t.name AS name`;

interface DerivedRow {
  answered: boolean;
  levels: LevelCode[];
  level: LevelCode | null;
  derived: boolean;
  name: string;
}

function deriveParams(ctx: WriteContext, typeCode: string) {
  return { houseId: ctx.houseId, typeCode, byStrength: LEVELS_BY_STRENGTH, byName: ctx.byName };
}

/** CREATE_DERIVE_CHANGE's parameters: the record as recordChange writes it, `from`/`to` for each level. */
function deriveChangeParams(ctx: WriteContext, typeCode: string, typeName: string) {
  const base = changeParams({ by: ctx.by, action: 'answer.derive', target: `house:${ctx.houseId}/type:${typeCode}`, houseId: ctx.houseId });
  const levels = [...LEVEL_CODES, null];
  return {
    ...base,
    fromByLevel: Object.fromEntries(levels.map((level) => [level ?? 'none', JSON.stringify({ name: typeName, level })])),
    toByLevel: Object.fromEntries(LEVEL_CODES.map((level) => [level, JSON.stringify({ level })])),
  };
}

/**
 * What the caller of DERIVE_ANSWER does with its row: a type with no answer yet gets its first one
 * (deriveFirstAnswer); a lowering the user did not choose is refused by `checkDerived`, which
 * rolls the whole transaction back; the audit record is written here unless the statement did.
 */
async function checkDerivedRow(tx: ManagedTransaction, ctx: WriteContext, typeCode: string, row: Neo4jRecord<DerivedRow> | undefined, recorded: boolean) {
  if (!row) throw new NotFoundError(`house ${ctx.houseId} or type ${typeCode}`);
  const levels = row.get('levels');
  if (!row.get('answered')) {
    if (levels.length > 0) await deriveFirstAnswer(tx, ctx, typeCode);
    return;
  }
  const before = { level: row.get('level') ?? null, derived: row.get('derived') };
  const update = derivedAnswerUpdate({ code: typeCode, name: row.get('name') }, before, levels);
  if (!update) return;
  if (update.change) ctx.checkDerived?.(update.change);
  if (recorded) return;
  await recordChange(tx, {
    by: ctx.by,
    action: 'answer.derive',
    target: `house:${ctx.houseId}/type:${typeCode}`,
    houseId: ctx.houseId,
    from: { name: row.get('name'), level: before.level },
    to: { level: update.level },
  });
}

/**
 * Keeps a type's answer in step with its named organisations, in the caller's transaction (one
 * statement: DERIVE_ANSWER). Two writers on organisations of one type derive one after the other,
 * each from committed levels. (Neo4j 5.26 reports a false deadlock when a transaction writes a
 * relationship that others wait for a second time in a later statement, so the answer is
 * touched by this one statement only.)
 */
export async function deriveTypeAnswer(tx: ManagedTransaction, ctx: WriteContext, typeCode: string): Promise<void> {
  const result = await tx.run<DerivedRow>(`MATCH (h:House {id: $houseId}) WITH h ${DERIVE_ANSWER} ${RETURN_DERIVED}`, deriveParams(ctx, typeCode));
  await checkDerivedRow(tx, ctx, typeCode, result.records[0], false);
}

/**
 * A type's first answer, derived from its first organisations: there is no answer to lock yet, so
 * the house stands in (lockTypeAnswer); the levels are read again under that lock and the answer
 * is created, so two writers cannot both create it or derive it from levels the other changed.
 */
async function deriveFirstAnswer(tx: ManagedTransaction, ctx: WriteContext, typeCode: string): Promise<void> {
  await lockTypeAnswer(tx, ctx.houseId, typeCode);
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
  const before = { level: row.get('level') ?? null, derived: row.get('derived') };
  const update = derivedAnswerUpdate({ code: typeCode, name: row.get('name') }, before, levels);
  if (!update) return;
  if (update.change) ctx.checkDerived?.(update.change);
  await tx.run(
    `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     MERGE (h)-[r:ANSWERED]->(t)
     SET r.level = $level, r.derived = true, r.version = coalesce(r.version, 0) + 1, r.updatedAt = datetime(), r.updatedBy = $byName`,
    { houseId: ctx.houseId, typeCode, level: update.level, byName: ctx.byName },
  );
  await recordChange(tx, {
    by: ctx.by,
    action: 'answer.derive',
    target: `house:${ctx.houseId}/type:${typeCode}`,
    houseId: ctx.houseId,
    from: { name: row.get('name'), level: before.level },
    to: { level: update.level },
  });
}
