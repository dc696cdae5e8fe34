'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { DomainError, LoweringNotConfirmedError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { formatDate } from '@/lib/domain/format-date';
import { addCustomType, addForum, addNamedActor, removeNamedActor, setForumMembership, updateEntry } from '@/lib/use-cases/involvement';
import { levelLabel } from '@/lib/domain/levels';
import { loginPath } from '@/lib/edge/page-guard';
import { takeSnapshot } from '@/lib/use-cases/snapshots';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import type { SessionUser } from '@/lib/domain/actor';
import { type ActionState } from '@/lib/edge/action-state';
import type { EntryOutcome } from '@/lib/domain/entry-write';

/**
 * The map's and the questionnaire's writes. Every action is a public POST endpoint: it checks
 * the Origin (CSRF), resolves the signed-in user, then lib/ checks the user's right to edit this house and validates the
 * input with zod; the write itself checks the version it was based on.
 */
function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith('$ACTION') && typeof value === 'string') out[key] = value;
  return out;
}

async function run(houseId: string, work: (user: SessionUser) => Promise<ActionState<EntryOutcome>>): Promise<ActionState<EntryOutcome>> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, stamp: Date.now() };
  try {
    const state = await work(await requireUser());
    revalidatePath(`/huizen/${houseId}`, 'layout');
    return { ...state, stamp: Date.now() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}`));
    if (error instanceof StaleWriteError) {
      const current = error.current as NonNullable<ActionState<EntryOutcome>['current']>;
      const plan = [current.owner ? `trekker ${current.owner}` : null, current.due ? `tegen ${formatDate(current.due)}` : null].filter(Boolean).join(', ');
      revalidatePath(`/huizen/${houseId}`, 'layout');
      return {
        status: 'stale',
        message: `Iemand anders heeft dit intussen gewijzigd. Huidige waarde: ${levelLabel(current.level)}${plan ? ` (${plan})` : ''}. Uw wijziging werd niet opgeslagen; pas ze opnieuw toe als dat nog nodig is.`,
        fieldErrors: {},
        current,
        stamp: Date.now(),
      };
    }
    if (error instanceof LoweringNotConfirmedError)
      return { status: 'invalid', message: error.userMessage, fieldErrors: {}, lowering: error.changes, stamp: Date.now() };
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: error.fieldErrors, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, stamp: Date.now() };
    throw error;
  }
}

/** Saves one entry of the map (level, note, plan, forum); `key` is `type:<code>` or `actor:<id>`. */
export async function saveEntryAction(houseId: string, key: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    const input = fields(formData);
    // Sequential submits of one form (arrow keys through the answers) chain their versions.
    if (_prev.current && _prev.status === 'saved') input.version = String(Math.max(Number(input.version ?? 0), _prev.current.version));
    const current = await updateEntry(user, houseId, key, input);
    return { status: 'saved', message: 'Opgeslagen.', fieldErrors: {}, current };
  });
}

export async function addActorAction(houseId: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await addNamedActor(user, houseId, fields(formData));
    return { status: 'saved', message: 'Organisatie toegevoegd.', fieldErrors: {} };
  });
}

export async function removeActorAction(
  houseId: string,
  actorId: string,
  _prev: ActionState<EntryOutcome>,
  formData: FormData,
): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await removeNamedActor(user, houseId, actorId, fields(formData));
    return { status: 'saved', message: 'Organisatie verwijderd.', fieldErrors: {} };
  });
}

export async function addCustomTypeAction(houseId: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await addCustomType(user, houseId, fields(formData));
    return { status: 'saved', message: 'Actor toegevoegd.', fieldErrors: {} };
  });
}

export async function addForumAction(houseId: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await addForum(user, houseId, fields(formData));
    return { status: 'saved', message: 'Overleg toegevoegd.', fieldErrors: {} };
  });
}

export async function setMembershipAction(houseId: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await setForumMembership(user, houseId, fields(formData));
    return { status: 'saved', message: 'Lidmaatschap bijgewerkt.', fieldErrors: {} };
  });
}

export async function takeSnapshotAction(houseId: string, _prev: ActionState<EntryOutcome>, formData: FormData): Promise<ActionState<EntryOutcome>> {
  return run(houseId, async (user) => {
    await takeSnapshot(user, houseId, fields(formData));
    return { status: 'saved', message: 'Momentopname genomen.', fieldErrors: {} };
  });
}
