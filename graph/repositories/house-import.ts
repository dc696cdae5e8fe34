import type { ManagedTransaction } from 'neo4j-driver';
import { NotFoundError } from '../../lib/domain/errors';
import type { HouseImportState, HousePlan } from '../../lib/domain/import/house-plan';
import type { ChangeInput } from './audit';
import { recordChanges } from './audit-batch';
import { deriveTypeAnswer } from './involvement';
import type { WriteContext } from '../../lib/domain/entry-write';
import { readTx } from '../session';
import { actorEntryKey, typeEntryKey } from '@/lib/domain/entry-key';

const BATCH = 1000;

/** The state as the query returns it: the answers as a list, each with its type's code. */
type HouseImportRow = Pick<HouseImportState, 'actors' | 'forums' | 'customTypes' | 'regionalActors'> & {
  answers: (HouseImportState['answers'][string] & { code: string })[];
};

/** What one house holds that an import can touch: answers, organisations, forums, own types. */
export async function readHouseImportState(tx: Pick<ManagedTransaction, 'run'>, houseId: string): Promise<HouseImportState> {
  const result = await tx.run<HouseImportRow>(
    `MATCH (h:House {id: $houseId})
     CALL (h) {
       OPTIONAL MATCH (h)-[r:ANSWERED]->(t:ActorType)
       WITH t, r WHERE r IS NOT NULL
       RETURN collect({ code: t.code, level: r.level, note: r.note, owner: r.owner, nextStep: r.nextStep, desired: r.desired, due: toString(r.due),
                        derived: coalesce(r.derived, false), version: coalesce(r.version, 1) }) AS answers
     }
     CALL (h) {
       OPTIONAL MATCH (h)-[r:INVOLVES]->(a:Actor)-[:OF_TYPE]->(t:ActorType)
       WITH a, r, t WHERE a IS NOT NULL
       RETURN collect({ id: a.id, name: a.name, typeCode: t.code, level: r.level, note: r.note, owner: r.owner, nextStep: r.nextStep, desired: r.desired,
                        due: toString(r.due), via: r.via, version: coalesce(r.version, 1) }) AS actors
     }
     CALL (h) {
       OPTIONAL MATCH (h)-[:PARTICIPATES_IN]->(f:Forum)
       WITH f WHERE f IS NOT NULL
       RETURN collect(f { .id, .name }) AS forums
     }
     CALL (h) {
       OPTIONAL MATCH (t:ActorType {houseId: h.id})-[:IN_CLUSTER {primary: true}]->(c:Cluster)
       WITH t, c WHERE t IS NOT NULL
       RETURN collect({ code: t.code, name: t.name, cluster: c.code }) AS customTypes
     }
     CALL (h) {
       OPTIONAL MATCH (a:Actor {regional: true})-[:OF_TYPE]->(t:ActorType)
       WHERE NOT EXISTS { (h)-[:INVOLVES]->(a) }
       WITH a, t WHERE a IS NOT NULL
       RETURN collect({ id: a.id, name: a.name, typeCode: t.code }) AS regionalActors
     }
     RETURN answers, actors, forums, customTypes, regionalActors`,
    { houseId },
  );
  const row = result.records[0];
  if (!row) throw new NotFoundError(`house ${houseId}`);
  const answers: HouseImportState['answers'] = {};
  for (const a of row.get('answers')) {
    const { code, ...rest } = a;
    answers[code] = {
      ...rest,
      note: rest.note ?? null,
      owner: rest.owner ?? null,
      nextStep: rest.nextStep ?? null,
      due: rest.due ?? null,
      desired: rest.desired ?? null,
    };
  }
  return {
    answers,
    actors: row.get('actors').map((a) => ({
      ...a,
      note: a.note ?? null,
      owner: a.owner ?? null,
      nextStep: a.nextStep ?? null,
      due: a.due ?? null,
      desired: a.desired ?? null,
      via: a.via ?? null,
    })),
    forums: row.get('forums'),
    customTypes: row.get('customTypes'),
    regionalActors: row.get('regionalActors'),
  };
}

/** The same state outside a write (for the preview). */
export function readHouseImportStateNow(houseId: string): Promise<HouseImportState> {
  return readTx((tx) => readHouseImportState(tx, houseId));
}

async function inBatches<T>(items: T[], run: (batch: T[]) => Promise<unknown>, progress: () => void): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) {
    await run(items.slice(i, i + BATCH));
    progress();
  }
}

/**
 * Writes a planned house import in the caller's transaction (which already holds the house's
 * lock): new forums and own types, answers, new and changed involvements, forum memberships,
 * derived answers, and an audit record per change. `progress(done, total)` is called per batch.
 */
export async function writeHousePlan(
  tx: ManagedTransaction,
  ctx: WriteContext,
  plan: HousePlan,
  progress: (done: number, total: number) => void = () => {},
): Promise<void> {
  const params = { houseId: ctx.houseId, byName: ctx.byName };
  const total =
    plan.forums.length +
    plan.customTypes.length +
    plan.answers.length +
    plan.involvements.length +
    plan.updates.length +
    plan.memberships.length +
    plan.deriveTypes.length;
  let done = 0;
  const step = (n: number) => () => {
    done = Math.min(total, done + n);
    progress(done, total);
  };
  const changes: ChangeInput[] = [];
  const change = (action: string, target: string, from: unknown, to: unknown) =>
    changes.push({ by: ctx.by, action, target: `house:${ctx.houseId}/${target}`, houseId: ctx.houseId, from, to });

  await inBatches(
    plan.forums,
    (forums) =>
      tx.run(
        `MATCH (h:House {id: $houseId})
     UNWIND $forums AS f
     CREATE (h)-[:PARTICIPATES_IN {since: datetime()}]->(:Forum {id: f.id, name: f.name, regional: false, createdBy: $byName})`,
        { ...params, forums },
      ),
    step(BATCH),
  );
  for (const f of plan.forums) change('forum.create', `forum:${f.id}`, undefined, { name: f.name });

  await inBatches(
    plan.customTypes,
    (types) =>
      tx.run(
        `UNWIND $types AS ct
     MATCH (c:Cluster {code: ct.cluster})
     CREATE (t:ActorType {code: ct.code, name: ct.name, catalogue: false, custom: true, houseId: $houseId, order: 1000,
                          mandatory: false, createdAt: datetime(), createdBy: $byName})-[:IN_CLUSTER {primary: true}]->(c)`,
        { ...params, types },
      ),
    step(BATCH),
  );
  for (const t of plan.customTypes) change('type.create', typeEntryKey(t.code), undefined, { name: t.name, cluster: t.cluster });

  await inBatches(
    plan.answers,
    (answers) =>
      tx.run(
        `MATCH (h:House {id: $houseId})
     UNWIND $answers AS a
     MATCH (t:ActorType {code: a.typeCode})
     MERGE (h)-[r:ANSWERED]->(t)
     SET r.level = a.next.level, r.note = a.next.note, r.owner = a.next.owner, r.nextStep = a.next.nextStep, r.due = a.next.due, r.desired = a.next.desired,
         r.derived = coalesce(r.derived, false), r.version = a.version, r.updatedAt = datetime(), r.updatedBy = $byName`,
        { ...params, answers },
      ),
    step(BATCH),
  );
  for (const a of plan.answers) change('answer.update', typeEntryKey(a.typeCode), { name: a.typeName, ...a.from }, a.to);

  const created = plan.involvements.filter((i) => !i.existing);
  await inBatches(
    created,
    (actors) =>
      tx.run(
        `UNWIND $actors AS a
     MATCH (t:ActorType {code: a.typeCode})
     CREATE (:Actor {id: a.actorId, name: a.name, regional: false, createdAt: datetime(), createdBy: $byName})-[:OF_TYPE]->(t)`,
        { ...params, actors },
      ),
    () => {},
  );
  await inBatches(
    plan.involvements,
    (actors) =>
      tx.run(
        `MATCH (h:House {id: $houseId})
     UNWIND $actors AS a
     MATCH (actor:Actor {id: a.actorId})
     CREATE (h)-[:INVOLVES {level: a.next.level, note: a.next.note, owner: a.next.owner, nextStep: a.next.nextStep, due: a.next.due, desired: a.next.desired,
                            via: a.next.via, version: 1, updatedAt: datetime(), updatedBy: $byName}]->(actor)`,
        { ...params, actors },
      ),
    step(BATCH),
  );
  for (const i of plan.involvements)
    change('involvement.create', actorEntryKey(i.actorId), undefined, { name: i.name, typeCode: i.typeCode, ...definedValues(i.next) });

  await inBatches(
    plan.updates,
    (updates) =>
      tx.run(
        `MATCH (h:House {id: $houseId})
     UNWIND $updates AS u
     MATCH (h)-[r:INVOLVES]->(:Actor {id: u.actorId})
     SET r.level = u.next.level, r.note = u.next.note, r.owner = u.next.owner, r.nextStep = u.next.nextStep, r.due = u.next.due, r.desired = u.next.desired,
         r.via = u.next.via, r.version = u.version, r.updatedAt = datetime(), r.updatedBy = $byName`,
        { ...params, updates },
      ),
    step(BATCH),
  );
  for (const u of plan.updates) change('involvement.update', actorEntryKey(u.actorId), { name: u.name, ...u.from }, u.to);

  await inBatches(
    plan.memberships,
    (memberships) =>
      tx.run(
        `UNWIND $memberships AS m
     MATCH (a:Actor {id: m.actorId}), (f:Forum {id: m.forumId})
     MERGE (a)-[:MEMBER_OF]->(f)`,
        { memberships },
      ),
    step(BATCH),
  );

  for (const code of plan.deriveTypes) {
    await deriveTypeAnswer(tx, { ...ctx, typeCode: code });
    step(1)();
  }
  await recordChanges(tx, changes);
}

function definedValues(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined));
}
