import 'server-only';
import { addCustomType as addCustomTypeInGraph } from '@/graph/repositories/custom-types';
import { addForum as addForumInGraph, setForumMembership as setForumMembershipInGraph } from '@/graph/repositories/forums';
import {
  addNamedActor as addNamedActorInGraph,
  removeInvolvement as removeInvolvementInGraph,
  saveInvolvement,
  saveTypeAnswer,
  type AfterWrite,
} from '@/graph/repositories/involvement';
import type { EntryState, WriteContext } from '@/lib/domain/entry-write';
import { assertHouseEdit, requireHouseEdit } from '../edge/session';
import type { SessionUser } from '../domain/actor';
import { customTypeSchema, entryPatchSchema, fieldErrorsOf, forumSchema, loweringChoiceSchema, membershipSchema, newActorSchema } from '../domain/entry-input';
import { ValidationError } from '../domain/errors';
import { loweringGuard } from '../domain/lowering-guard';

/**
 * Editing a house's map: each function checks that the user may edit this house, validates the
 * input with zod, and writes through graph/ (version-checked, audited, one transaction).
 */
async function context(houseId: string, input?: unknown): Promise<WriteContext> {
  return editContext(await requireHouseEdit(houseId), houseId, input);
}

/**
 * Who writes to which house, checked, with the rule for answers derived from organisations: a
 * type's answer is lowered only when the user chose it (field "verlagen" of the input).
 */
export async function editContext(user: SessionUser, houseId: string, input?: unknown): Promise<WriteContext> {
  await assertHouseEdit(user, houseId);
  return { houseId, by: user.id, byName: user.name, checkDerived: loweringGuard(loweringChoiceSchema.parse(input)) };
}

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(fieldErrorsOf(result.error));
  return result.data;
}

/** Changes an entry of the map: `key` is `type:<code>` or `actor:<id>` (as the map names it). */
export async function updateEntry(houseId: string, key: string, input: unknown, afterWrite?: AfterWrite<EntryState>): Promise<EntryState> {
  const ctx = await context(houseId, input);
  const { version, ...change } = parse(entryPatchSchema, input);
  const [kind, id] = splitKey(key);
  if (kind === 'type') return saveTypeAnswer(ctx, id, version, { ...change, via: undefined }, afterWrite);
  return saveInvolvement(ctx, id, version, change, afterWrite);
}

export async function addNamedActor(houseId: string, input: unknown, afterWrite?: AfterWrite<string>): Promise<string> {
  const ctx = await context(houseId, input);
  return addNamedActorInGraph(ctx, parse(newActorSchema, input), afterWrite);
}

export async function removeNamedActor(houseId: string, actorId: string, input: unknown): Promise<void> {
  const ctx = await context(houseId, input);
  const { version } = parse(entryPatchSchema, input);
  return removeInvolvementInGraph(ctx, actorId, version);
}

export async function addCustomType(houseId: string, input: unknown, afterWrite?: AfterWrite<string>): Promise<string> {
  const ctx = await context(houseId);
  return addCustomTypeInGraph(ctx, parse(customTypeSchema, input), afterWrite);
}

export async function addForum(houseId: string, input: unknown): Promise<string> {
  const ctx = await context(houseId);
  return addForumInGraph(ctx, parse(forumSchema, input).name);
}

export async function setForumMembership(houseId: string, input: unknown): Promise<void> {
  const ctx = await context(houseId);
  const { forumId, actorId, member } = parse(membershipSchema, input);
  return setForumMembershipInGraph(ctx, forumId, actorId, member === 'ja');
}

function splitKey(key: string): ['type' | 'actor', string] {
  const match = /^(type|actor):(.+)$/.exec(key);
  if (!match) throw new ValidationError({ key: ['Onbekende actor.'] });
  return [match[1] as 'type' | 'actor', match[2]];
}
