import type { EntryOutcome } from '../domain/entry-write';

/**
 * What every server action answers its form with (client-safe: types and constants only). The
 * form's own payload is the type parameter: the value now stored after a save or a stale
 * refusal, a one-time link or token, the typed values to show again.
 */
export type ActionStatus = 'idle' | 'saved' | 'reset' | 'created' | 'removed' | 'stale' | 'invalid' | 'error';

export type ActionState<Payload extends object = object> = {
  status: ActionStatus;
  /** The Dutch message for the user; empty before any answer. */
  message: string;
  fieldErrors: Record<string, string[] | undefined>;
  /** Changes on every answer, so a form can tell two equal answers apart. */
  stamp?: number;
} & Payload;

/** Before the first answer. */
export const IDLE_STATE: ActionState = { status: 'idle', message: '', fieldErrors: {} };

/** Before the first answer of a map or questionnaire form. */
export const IDLE_ENTRY_STATE: ActionState<EntryOutcome> = { ...IDLE_STATE };

/** The action did what was asked (saved, reset, created or removed). */
export function succeeded(state: Pick<ActionState, 'status'>): boolean {
  return state.status === 'saved' || state.status === 'reset' || state.status === 'created' || state.status === 'removed';
}
