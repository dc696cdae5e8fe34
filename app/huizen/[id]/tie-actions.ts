'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/edge/session';
import type { NetworkTie, TieOutcome } from '@/lib/domain/ties/tie';
import { tieSentence } from '@/lib/domain/ties/tie-sentence';
import { DomainError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { loginPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { changeTie, createTie, removeTie } from '@/lib/use-cases/ties/tie-writes';
import type { TieRow } from '@/graph/repositories/ties';
import { type ActionState } from '@/lib/edge/action-state';

/**
 * Drawing, changing and removing ties between the house's organisations (the map's panel "Werkt
 * samen met …" and a drag from one actor to another). Public POST endpoints like every server
 * action: the Origin is checked here; the use case checks the user's right to edit this house,
 * the input, the house of both organisations and the version.
 */
function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith('$ACTION') && typeof value === 'string') out[key] = value;
  return out;
}

function plain({ fromName: _from, toName: _to, ...tie }: TieRow): NetworkTie {
  return tie;
}

async function run(houseId: string, work: () => Promise<Omit<ActionState<TieOutcome>, 'stamp'>>): Promise<ActionState<TieOutcome>> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, tie: null, stamp: Date.now() };
  try {
    const state = await work();
    revalidatePath(`/huizen/${houseId}`, 'layout');
    return { ...state, stamp: Date.now() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}`));
    if (error instanceof StaleWriteError) {
      revalidatePath(`/huizen/${houseId}`, 'layout');
      const current = error.current as TieRow;
      return {
        status: 'stale',
        message: 'Iemand anders heeft deze samenwerking intussen gewijzigd. U ziet nu de huidige; pas ze opnieuw aan als dat nog nodig is.',
        fieldErrors: {},
        tie: plain(current),
        stamp: Date.now(),
      };
    }
    if (error instanceof ValidationError)
      return { status: 'invalid', message: error.userMessage, fieldErrors: error.fieldErrors, tie: null, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, tie: null, stamp: Date.now() };
    throw error;
  }
}

export async function createTieAction(houseId: string, _prev: ActionState<TieOutcome>, formData: FormData): Promise<ActionState<TieOutcome>> {
  return run(houseId, async () => {
    const tie = await createTie(await requireUser(), houseId, fields(formData));
    return { status: 'saved', message: `Samenwerking getekend: ${tieSentence(tie.kind, tie.fromName, tie.toName)}.`, fieldErrors: {}, tie: plain(tie) };
  });
}

export async function changeTieAction(houseId: string, tieId: string, _prev: ActionState<TieOutcome>, formData: FormData): Promise<ActionState<TieOutcome>> {
  return run(houseId, async () => {
    const tie = await changeTie(await requireUser(), houseId, tieId, fields(formData));
    return { status: 'saved', message: 'Samenwerking bijgewerkt.', fieldErrors: {}, tie: plain(tie) };
  });
}

export async function removeTieAction(houseId: string, tieId: string, _prev: ActionState<TieOutcome>, formData: FormData): Promise<ActionState<TieOutcome>> {
  return run(houseId, async () => {
    const tie = await removeTie(await requireUser(), houseId, tieId, fields(formData));
    return { status: 'removed', message: `Samenwerking verwijderd: ${tieSentence(tie.kind, tie.fromName, tie.toName)}.`, fieldErrors: {}, tie: null };
  });
}
