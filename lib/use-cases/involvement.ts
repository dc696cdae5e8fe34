import 'server-only';
import { addCustomType as addCustomTypeInGraph } from '@/graph/repositories/custom-types';
import { addForum as addForumInGraph, setForumMembership as setForumMembershipInGraph } from '@/graph/repositories/forums';
import {
  addNamedActor as addNamedActorInGraph,
  removeInvolvement as removeInvolvementInGraph,
  saveInvolvement,
  saveTypeAnswer,
} from '@/graph/repositories/involvement';
import { writeTx } from '@/graph/session';
import type { AfterWrite } from './after-write';
import type { EntryState, WriteContext } from '@/lib/domain/entry-write';
import { assertHouseEdit } from './access';
import type { SessionUser } from '../domain/actor';
import { customTypeSchema, entryPatchSchema, fieldErrorsOf, forumSchema, loweringChoiceSchema, membershipSchema, newActorSchema } from '../domain/entry-input';
import { ValidationError } from '../domain/errors';
import { loweringGuard } from '../domain/lowering-guard';
import { parseEntryKey } from '@/lib/domain/entry-key';

/**
 * Editing a house's map: each function takes the acting user, checks that they may edit this
 * house (editContext), validates the input with zod, and owns the one write transaction in which
 * graph/repositories/involvement.ts locks, checks the version, writes and audits. `afterWrite` is
 * what a workshop's accept adds to that same transaction (lib/use-cases/after-write.ts).
 */

/**
 * Who writes to which house, checked, with the rule for answers derived from organisations: a
 * type's answer is lowered only when the user chose it (field "verlagen" of the input).
 */
export function editContext(user: SessionUser, houseId: string, input?: unknown): WriteContext {
  assertHouseEdit(user, houseId);
  return { houseId, by: user.id, byName: user.name, checkDerived: loweringGuard(loweringChoiceSchema.parse(input)) };
}

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

/** Changes an entry of the map: `key` is `type:<code>` or `actor:<id>` (as the map names it). */
export async function updateEntry(user: SessionUser, houseId: string, key: string, input: unknown, afterWrite?: AfterWrite<EntryState>): Promise<EntryState> {
  const ctx = editContext(user, houseId, input);
  const { version, ...change } = parse(entryPatchSchema, input);
  const entry = parseEntryKey(key);
  if (!entry) throw new ValidationError({ key: ['Onbekende actor.'] });
  return writeTx(async (tx) => {
    const state =
      entry.kind === 'type'
        ? await saveTypeAnswer(tx, { ...ctx, typeCode: entry.code, expectedVersion: version, change: { ...change, via: undefined } })
        : await saveInvolvement(tx, { ...ctx, actorId: entry.id, expectedVersion: version, change });
    if (afterWrite) await afterWrite(tx, state);
    return state;
  });
}

export async function addNamedActor(user: SessionUser, houseId: string, input: unknown, afterWrite?: AfterWrite<string>): Promise<string> {
  const ctx = editContext(user, houseId, input);
  const actor = parse(newActorSchema, input);
  return writeTx(async (tx) => {
    const actorId = await addNamedActorInGraph(tx, { ...ctx, ...actor });
    if (afterWrite) await afterWrite(tx, actorId);
    return actorId;
  });
}

export async function removeNamedActor(user: SessionUser, houseId: string, actorId: string, input: unknown): Promise<void> {
  const ctx = editContext(user, houseId, input);
  const { version } = parse(entryPatchSchema, input);
  return writeTx((tx) => removeInvolvementInGraph(tx, { ...ctx, actorId, expectedVersion: version }));
}

export async function addCustomType(user: SessionUser, houseId: string, input: unknown, afterWrite?: AfterWrite<string>): Promise<string> {
  const ctx = editContext(user, houseId);
  const type = parse(customTypeSchema, input);
  return writeTx(async (tx) => {
    const code = await addCustomTypeInGraph(tx, { ...ctx, ...type });
    if (afterWrite) await afterWrite(tx, code);
    return code;
  });
}

export async function addForum(user: SessionUser, houseId: string, input: unknown): Promise<string> {
  const ctx = editContext(user, houseId);
  const { name } = parse(forumSchema, input);
  return writeTx((tx) => addForumInGraph(tx, { ...ctx, name }));
}

export async function setForumMembership(user: SessionUser, houseId: string, input: unknown): Promise<void> {
  const ctx = editContext(user, houseId);
  const { forumId, actorId, member } = parse(membershipSchema, input);
  return writeTx((tx) => setForumMembershipInGraph(tx, { ...ctx, forumId, actorId, member: member === 'ja' }));
}
