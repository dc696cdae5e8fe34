'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { resetArrangement, saveArrangement } from '@/lib/use-cases/arrangements';
import type { ArrangementView, ArrangementOutcome } from '@/lib/domain/arrangement';
import { DomainError, StaleWriteError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { formatDateTime } from '@/lib/domain/format-date';
import { loginPath } from '@/lib/edge/page-guard';
import { CROSS_SITE_MESSAGE, isSameOrigin } from '@/lib/edge/same-origin';
import { requireUser } from '@/lib/edge/session';
import type { SessionUser } from '@/lib/domain/actor';
import { type ActionState } from '@/lib/edge/action-state';

/**
 * Saving and resetting the house's own arrangement of its map. Public POST endpoints like every
 * server action: the Origin is checked here, the right to edit the house and the input in lib/.
 * Fields: `layout`, `version` (the one the map was based on) and, for a save, `positions` (JSON).
 */
/** What the arrangement controls learn: the arrangement now stored. */
type State = ActionState<ArrangementOutcome>;

function fields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (!key.startsWith('$ACTION') && typeof value === 'string') out[key] = value;
  return out;
}

function staleMessage(current: ArrangementView): string {
  const who = [current.updatedBy, current.updatedAt ? formatDateTime(current.updatedAt) : null].filter(Boolean).join(', ');
  const what = current.positions ? 'de schikking van deze kaart intussen gewijzigd' : 'intussen de standaardschikking van deze kaart hersteld';
  return `Iemand anders heeft ${what}${who ? ` (${who})` : ''}. Uw verschuivingen werden niet opgeslagen; u ziet nu de huidige schikking.`;
}

async function run(
  houseId: string,
  work: (user: SessionUser) => Promise<{ status: 'saved' | 'reset'; message: string; current: ArrangementView }>,
): Promise<State> {
  if (!isSameOrigin(await headers())) return { status: 'error', message: CROSS_SITE_MESSAGE, fieldErrors: {}, current: null, stamp: Date.now() };
  try {
    return { ...(await work(await requireUser())), fieldErrors: {}, stamp: Date.now() };
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect(loginPath(`/huizen/${houseId}`));
    if (error instanceof StaleWriteError) {
      const current = error.current as ArrangementView;
      return { status: 'stale', message: staleMessage(current), fieldErrors: {}, current, stamp: Date.now() };
    }
    if (error instanceof ValidationError) return { status: 'invalid', message: error.userMessage, fieldErrors: {}, current: null, stamp: Date.now() };
    if (error instanceof DomainError) return { status: 'error', message: error.userMessage, fieldErrors: {}, current: null, stamp: Date.now() };
    throw error;
  }
}

export async function saveArrangementAction(houseId: string, _prev: State, formData: FormData): Promise<State> {
  return run(houseId, async (user) => {
    const { layout, ...input } = fields(formData);
    const current = await saveArrangement(user, houseId, layout, input);
    return { status: 'saved', message: 'Schikking opgeslagen. Iedereen die de kaart bekijkt, afdrukt of exporteert, ziet ze zo.', fieldErrors: {}, current };
  });
}

export async function resetArrangementAction(houseId: string, _prev: State, formData: FormData): Promise<State> {
  return run(houseId, async (user) => {
    const { layout, ...input } = fields(formData);
    const current = await resetArrangement(user, houseId, layout, input);
    return { status: 'reset', message: 'De standaardschikking is hersteld.', fieldErrors: {}, current };
  });
}
