import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordChange } from '@/graph/repositories/audit';
import { lockHouse } from '@/graph/repositories/house-locks';
import { createTies, deleteTie, readTie, readTieFacts, updateTie, type TieRow } from '@/graph/repositories/ties';
import { writeTx } from '@/graph/session';
import type { SessionUser } from '../../domain/actor';
import { tieAudit } from '../../domain/ties/tie-audit';
import { tieKey } from '../../domain/ties/tie-ends';
import { newTieSchema, tieRemoveSchema, tieUpdateSchema } from '../../domain/ties/tie-input';
import { checkNewTie } from '../../domain/ties/tie-rules';
import { fieldErrorsOf } from '../../domain/entry-input';
import { NotFoundError, StaleWriteError, ValidationError } from '../../domain/errors';
import { assertTieEdit } from './authorise';
import type { AfterWrite } from '../after-write';

/**
 * Drawing, changing and removing a tie between two organisations of a house. Each takes the
 * acting user, checks that they may edit the house, validates the input, and writes in ONE
 * transaction that first takes the house's lock (so the rules read what the last writer
 * committed), then decides with the pure rules of lib/domain/ties, writes, and appends the audit
 * record. A change or removal is based on the version the form showed; a stale one is refused
 * with the tie as it is now.
 */
function parse<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } },
  input: unknown,
  message?: string,
): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const errors = fieldErrorsOf(result.error);
    throw new ValidationError(errors, message ?? Object.values(errors)[0]?.[0] ?? 'Controleer de gemarkeerde velden.');
  }
  return result.data;
}

/** Draws a new tie; `afterWrite` commits with it (an accepted workshop proposal marks itself accepted). */
export async function createTie(user: SessionUser, houseId: string, input: unknown, afterWrite?: AfterWrite<TieRow>): Promise<TieRow> {
  assertTieEdit(user, houseId);
  const draft = parse(newTieSchema, input);
  return writeTx(async (tx) => {
    await lockHouse(tx, houseId);
    const facts = await readTieFacts(tx, { houseId });
    const checked = checkNewTie(draft, { houseActorIds: new Set(facts.actorIds), existingKeys: new Set(facts.ties.map((t) => tieKey(t.kind, t.from, t.to))) });
    const [tie] = await createTies(tx, { ties: [{ houseId, id: `tie-${randomUUID()}`, ...checked, byName: user.name }] });
    await recordChange(tx, { by: user.id, action: 'tie.create', target: `house:${houseId}/tie:${tie.id}`, houseId, to: tieAudit(tie) });
    if (afterWrite) await afterWrite(tx, tie);
    return tie;
  });
}

async function currentTie(tx: ManagedTransaction, houseId: string, tieId: string, version: number): Promise<TieRow> {
  await lockHouse(tx, houseId);
  const current = await readTie(tx, { houseId, tieId });
  if (!current) throw new NotFoundError(`tie ${houseId}/${tieId}`);
  if (current.version !== version) throw new StaleWriteError(`tie ${houseId}/${tieId}`, current);
  return current;
}

/** Changes a tie's note or year. */
export async function changeTie(user: SessionUser, houseId: string, tieId: string, input: unknown): Promise<TieRow> {
  assertTieEdit(user, houseId);
  const { version, note, since } = parse(tieUpdateSchema, input);
  return writeTx(async (tx) => {
    const current = await currentTie(tx, houseId, tieId, version);
    if (current.note === note && current.since === since) return current;
    const next = await updateTie(tx, { houseId, tieId, note, since, version: version + 1, byName: user.name });
    const from: Record<string, unknown> = { name: `${current.fromName} – ${current.toName}`, kind: current.kind };
    const to: Record<string, unknown> = {};
    if (current.note !== note) [from.note, to.note] = [current.note, note];
    if (current.since !== since) [from.since, to.since] = [current.since, since];
    await recordChange(tx, { by: user.id, action: 'tie.update', target: `house:${houseId}/tie:${tieId}`, houseId, from, to });
    return next!;
  });
}

/** Removes a tie. */
export async function removeTie(user: SessionUser, houseId: string, tieId: string, input: unknown): Promise<TieRow> {
  assertTieEdit(user, houseId);
  const { version } = parse(tieRemoveSchema, input);
  return writeTx(async (tx) => {
    const current = await currentTie(tx, houseId, tieId, version);
    await deleteTie(tx, { houseId, tieId });
    await recordChange(tx, { by: user.id, action: 'tie.delete', target: `house:${houseId}/tie:${tieId}`, houseId, from: tieAudit(current), to: null });
    return current;
  });
}
