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
import { lockTypeAnswer } from './house-locks';
import { answerTurn } from './answer-turns';
import { atTransactionEnd } from '../session';
import { markTiming } from '../timing-marks';
import { tieAudit } from '../../lib/domain/ties/tie-audit';
import { deleteActorTies } from './ties';
import { keptPlan } from '../kept-plan';

/**
 * The writes of a house's map entries (question 4's answers, named organisations): functions
 * `(tx, params)` in the caller's transaction (lib/use-cases/involvement.ts owns it, and adds its
 * own work to it, such as a workshop's accept). Each locks what it changes
 * (graph/repositories/house-locks.ts), checks the version the form was based on, writes and
 * appends its audit record.
 */

/** A write to one type's answer: `expectedVersion` is the version the form showed (0 = no answer yet). */
export interface TypeAnswerWrite extends WriteContext {
  typeCode: string;
  expectedVersion: number;
  change: EntryChange;
}

/** A write to one named organisation's involvement, based on the version the form showed. */
export interface InvolvementWrite extends WriteContext {
  actorId: string;
  expectedVersion: number;
  change: EntryChange;
}

/** A named organisation to add to the house, of a type, with its own level. */
export interface NewNamedActor extends WriteContext {
  typeCode: string;
  name: string;
  level: LevelCode;
  desired?: LevelCode | null;
}

/** A named organisation to remove from the house, based on the version the form showed. */
export interface InvolvementRemoval extends WriteContext {
  actorId: string;
  expectedVersion: number;
}

/** One type of a house whose answer follows its named organisations. */
export interface DerivedTypeAnswer extends WriteContext {
  typeCode: string;
}

/** Who writes, out of a write's params (what a write passes on to deriveTypeAnswer). */
function writer({ houseId, by, byName, checkDerived }: WriteContext): WriteContext {
  return { houseId, by, byName, checkDerived };
}

/** An organisation's involvement as read under its lock: its name, its type and the current state. */
interface LockedInvolvement {
  name: string;
  typeCode: string;
  typeName: string;
  current: EntryState;
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
export async function saveTypeAnswer(tx: ManagedTransaction, params: TypeAnswerWrite): Promise<EntryState> {
  const { typeCode, expectedVersion, change } = params;
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
      { houseId: params.houseId, typeCode },
    );
  let read = await readLocked();
  if (read.records[0] && read.records[0].get('state') === null) {
    await lockTypeAnswer(tx, params.houseId, typeCode);
    read = await readLocked();
  }
  markTiming('locked');
  const row = read.records[0];
  if (!row) throw new NotFoundError(`house ${params.houseId} or type ${typeCode}`);
  const current = toState(row.get('state'));
  if (current.version !== expectedVersion) throw new StaleWriteError(`answer ${params.houseId}/${typeCode}`, current);
  checkTypeAnswerChange(row.get('named'), current, change);
  const own = { ...change, via: undefined };
  const { from, to } = entryDiff(current, own);
  if (Object.keys(to).length === 0) return current;
  const next = nextEntryState(current, own);
  // The write and its audit record in one statement: one round trip for the whole change.
  const audit = changeParams({
    by: params.by,
    action: 'answer.update',
    target: `house:${params.houseId}/type:${typeCode}`,
    houseId: params.houseId,
    from: { name: row.get('name'), ...from },
    to,
  });
  if (next.level === null) {
    await tx.run(
      keptPlan(`MATCH (:House {id: $houseId})-[r:ANSWERED]->(:ActorType {code: $typeCode}) DELETE r
       WITH count(*) AS removed
       ${CREATE_CHANGE_CLAUSE}`),
      { houseId: params.houseId, typeCode, change: audit },
    );
  } else {
    await tx.run(
      keptPlan(`MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
       MERGE (h)-[r:ANSWERED]->(t)
       SET r.level = $s.level, r.note = $s.note, r.owner = $s.owner, r.nextStep = $s.nextStep, r.due = $s.due, r.desired = $s.desired,
           r.derived = false, r.version = $s.version, r.updatedAt = datetime(), r.updatedBy = $byName
       WITH count(*) AS written
       ${CREATE_CHANGE_CLAUSE}`),
      { houseId: params.houseId, typeCode, s: next, byName: params.byName, change: audit },
    );
  }
  return next;
}

/**
 * The first step of a change to or removal of a named organisation: locks this organisation's
 * involvement only (a property write that keeps the value takes the lock) and reads it under that
 * lock, in one statement, so other organisations of the house are not waited for. Refused when
 * the house does not involve it, and when `expectedVersion` is not the version read under the lock.
 */
async function lockInvolvement(
  tx: ManagedTransaction,
  { houseId, actorId, expectedVersion }: Pick<InvolvementRemoval, 'houseId' | 'actorId' | 'expectedVersion'>,
): Promise<LockedInvolvement> {
  const read = await tx.run<Omit<LockedInvolvement, 'current'> & { state: EntryState }>(
    keptPlan(`MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})-[:OF_TYPE]->(t:ActorType)
     SET r.version = coalesce(r.version, 1)
     RETURN a.name AS name, t.code AS typeCode, t.name AS typeName, r ${STATE} AS state`),
    { houseId, actorId },
  );
  const row = read.records[0];
  if (!row) throw new NotFoundError(`involvement ${houseId}/${actorId}`);
  markTiming('locked');
  const current = toState(row.get('state'));
  if (current.version !== expectedVersion) throw new StaleWriteError(`involvement ${houseId}/${actorId}`, current);
  return { name: row.get('name'), typeCode: row.get('typeCode'), typeName: row.get('typeName'), current };
}

/** Changes one named organisation's involvement (level, note, plan, forum), checked against its version. */
export async function saveInvolvement(tx: ManagedTransaction, params: InvolvementWrite): Promise<EntryState> {
  const { actorId, change } = params;
  // A level change then locks the type's answer in the write's statement (DERIVE_ANSWER).
  const { name, typeCode, typeName, current } = await lockInvolvement(tx, params);
  checkInvolvementChange(change);
  const { from, to } = entryDiff(current, change);
  if (Object.keys(to).length === 0) return current;
  const next = nextEntryState(current, change);
  if (next.via) {
    const forum = await tx.run<{ id: string }>(keptPlan('MATCH (:House {id: $houseId})-[:PARTICIPATES_IN]->(f:Forum {id: $via}) RETURN f.id AS id'), {
      houseId: params.houseId,
      via: next.via,
    });
    if (forum.records.length === 0) throw new ForumNotJoinedError();
  }
  // The write and its audit record in one statement, and when the level changes the type's
  // derived answer too (locked, its levels read and written, with its own audit record): two
  // round trips in all, so the type's answer, which every writer of that type waits for, is
  // held from this statement to the commit only.
  const audit = changeParams({
    by: params.by,
    action: 'involvement.update',
    target: `house:${params.houseId}/actor:${actorId}`,
    houseId: params.houseId,
    from: { name, ...from },
    to,
  });
  const writeParams = { houseId: params.houseId, actorId, s: next, byName: params.byName, change: audit };
  if (to.level === undefined) {
    await tx.run(keptPlan(`${WRITE_INVOLVEMENT} WITH count(*) AS written ${CREATE_CHANGE_CLAUSE}`), writeParams);
    return next;
  }
  const derive: DerivedTypeAnswer = { ...writer(params), typeCode };
  // This process's writers of the type's answer take turns on it (answer-turns.ts) instead of
  // queueing in Neo4j's lock manager. The turn is held until this transaction has ended, which
  // the caller that opened it decides (the use case, a bench, a test): graph/session.ts ends it
  // then, and when the transaction is run again after a conflict it ends the failed attempt's
  // turn before the new attempt starts, which then waits for its turn anew.
  atTransactionEnd(tx, await answerTurn(params.houseId, derive.typeCode));
  const derived = await tx.run<DerivedRow>(
    `${WRITE_INVOLVEMENT} WITH h, count(*) AS written ${CREATE_CHANGE_CLAUSE} WITH h ${DERIVE_ANSWER} ${CREATE_DERIVE_CHANGE} ${RETURN_DERIVED}`,
    { ...writeParams, ...deriveParams(derive), derive: deriveChangeParams(derive, typeName) },
  );
  await checkDerivedRow(tx, derive, derived.records[0], true);
  return next;
}

/** Names an organisation of a type with its own level; the type's answer then derives from its organisations. */
export async function addNamedActor(tx: ManagedTransaction, params: NewNamedActor): Promise<string> {
  // No house lock: the new involvement is created on the house node (which waits for a
  // whole-house writer) and the type's answer is locked by deriveTypeAnswer.
  const actorId = `actor-${randomUUID()}`;
  const result = await tx.run<{ id: string }>(
    keptPlan(`MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     WHERE coalesce(t.catalogue, false) OR t.houseId = $houseId
     CREATE (a:Actor {id: $actorId, name: $name, regional: false, createdAt: datetime(), createdBy: $byName})-[:OF_TYPE]->(t)
     CREATE (h)-[:INVOLVES {level: $level, desired: $desired, version: 1, updatedAt: datetime(), updatedBy: $byName}]->(a)
     RETURN a.id AS id`),
    {
      houseId: params.houseId,
      typeCode: params.typeCode,
      actorId,
      name: params.name,
      level: params.level,
      desired: params.desired ?? null,
      byName: params.byName,
    },
  );
  if (result.records.length === 0) throw new NotFoundError(`type ${params.typeCode}`);
  await recordChange(tx, {
    by: params.by,
    action: 'involvement.create',
    target: `house:${params.houseId}/actor:${actorId}`,
    houseId: params.houseId,
    to: { name: params.name, typeCode: params.typeCode, level: params.level, ...(params.desired ? { desired: params.desired } : {}) },
  });
  await deriveTypeAnswer(tx, { ...writer(params), typeCode: params.typeCode });
  return actorId;
}

/** Removes a named organisation from the house (checked against its version); the organisation itself stays when another house involves it. */
export async function removeInvolvement(tx: ManagedTransaction, params: InvolvementRemoval): Promise<void> {
  const { actorId } = params;
  const { name, typeCode, current } = await lockInvolvement(tx, params);
  // Its ties in this house go with it (a regional organisation keeps those of other houses).
  const ties = await deleteActorTies(tx, { houseId: params.houseId, actorId });
  await tx.run(
    keptPlan(`MATCH (:House {id: $houseId})-[r:INVOLVES]->(a:Actor {id: $actorId})
     DELETE r
     WITH a WHERE NOT EXISTS { (:House)-[:INVOLVES]->(a) } AND NOT coalesce(a.regional, false)
     DETACH DELETE a`),
    { houseId: params.houseId, actorId },
  );
  for (const tie of ties)
    await recordChange(tx, {
      by: params.by,
      action: 'tie.delete',
      target: `house:${params.houseId}/tie:${tie.id}`,
      houseId: params.houseId,
      from: tieAudit(tie),
      to: null,
    });
  await recordChange(tx, {
    by: params.by,
    action: 'involvement.delete',
    target: `house:${params.houseId}/actor:${actorId}`,
    houseId: params.houseId,
    from: { name, typeCode, level: current.level },
    to: null,
  });
  await deriveTypeAnswer(tx, { ...writer(params), typeCode });
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

function deriveParams({ houseId, typeCode, byName }: DerivedTypeAnswer) {
  return { houseId, typeCode, byStrength: LEVELS_BY_STRENGTH, byName };
}

/** CREATE_DERIVE_CHANGE's parameters: the record as recordChange writes it, `from`/`to` for each level. */
function deriveChangeParams({ houseId, typeCode, by }: DerivedTypeAnswer, typeName: string) {
  const base = changeParams({ by, action: 'answer.derive', target: `house:${houseId}/type:${typeCode}`, houseId });
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
async function checkDerivedRow(tx: ManagedTransaction, params: DerivedTypeAnswer, row: Neo4jRecord<DerivedRow> | undefined, recorded: boolean): Promise<void> {
  const { typeCode } = params;
  if (!row) throw new NotFoundError(`house ${params.houseId} or type ${typeCode}`);
  const levels = row.get('levels');
  if (!row.get('answered')) {
    if (levels.length > 0) await deriveFirstAnswer(tx, params);
    return;
  }
  const before = { level: row.get('level') ?? null, derived: row.get('derived') };
  const update = derivedAnswerUpdate({ code: typeCode, name: row.get('name') }, before, levels);
  if (!update) return;
  if (update.change) params.checkDerived?.(update.change);
  if (recorded) return;
  await recordChange(tx, {
    by: params.by,
    action: 'answer.derive',
    target: `house:${params.houseId}/type:${typeCode}`,
    houseId: params.houseId,
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
export async function deriveTypeAnswer(tx: ManagedTransaction, params: DerivedTypeAnswer): Promise<void> {
  const result = await tx.run<DerivedRow>(`MATCH (h:House {id: $houseId}) WITH h ${DERIVE_ANSWER} ${RETURN_DERIVED}`, deriveParams(params));
  await checkDerivedRow(tx, params, result.records[0], false);
}

/**
 * A type's first answer, derived from its first organisations: there is no answer to lock yet, so
 * the house stands in (lockTypeAnswer); the levels are read again under that lock and the answer
 * is created, so two writers cannot both create it or derive it from levels the other changed.
 */
async function deriveFirstAnswer(tx: ManagedTransaction, params: DerivedTypeAnswer): Promise<void> {
  const { typeCode } = params;
  await lockTypeAnswer(tx, params.houseId, typeCode);
  const result = await tx.run<{ levels: LevelCode[]; level: LevelCode | null; derived: boolean; name: string }>(
    `MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     OPTIONAL MATCH (h)-[i:INVOLVES]->(:Actor)-[:OF_TYPE]->(t)
     WITH h, t, collect(i.level) AS levels
     OPTIONAL MATCH (h)-[r:ANSWERED]->(t)
     RETURN levels, r.level AS level, coalesce(r.derived, false) AS derived, t.name AS name`,
    { houseId: params.houseId, typeCode },
  );
  const row = result.records[0];
  const levels = row.get('levels');
  const before = { level: row.get('level') ?? null, derived: row.get('derived') };
  const update = derivedAnswerUpdate({ code: typeCode, name: row.get('name') }, before, levels);
  if (!update) return;
  if (update.change) params.checkDerived?.(update.change);
  await tx.run(
    keptPlan(`MATCH (h:House {id: $houseId}), (t:ActorType {code: $typeCode})
     MERGE (h)-[r:ANSWERED]->(t)
     SET r.level = $level, r.derived = true, r.version = coalesce(r.version, 0) + 1, r.updatedAt = datetime(), r.updatedBy = $byName`),
    { houseId: params.houseId, typeCode, level: update.level, byName: params.byName },
  );
  await recordChange(tx, {
    by: params.by,
    action: 'answer.derive',
    target: `house:${params.houseId}/type:${typeCode}`,
    houseId: params.houseId,
    from: { name: row.get('name'), level: before.level },
    to: { level: update.level },
  });
}
