import { succeeded, type ActionState } from '@/lib/edge/action-state';

/**
 * A form's answer in words, the one component every form shows it with.
 * - `panel` (admin, account, round and workshop forms): a coloured block under the form, once
 *   there is a message.
 * - `inline` (map, questionnaire, plan and snapshot forms): a short line by the field, the field
 *   errors appended; a stale refusal (someone else changed it meanwhile) is boxed in amber.
 */
export function FormMessage({ state, look = 'panel', testId }: { state: ActionState; look?: 'panel' | 'inline'; testId?: string }) {
  if (look === 'panel') {
    if (!state.message) return null;
    return (
      <p
        role={succeeded(state) ? 'status' : 'alert'}
        className={`rounded-lg px-3 py-2 text-sm ${succeeded(state) ? 'bg-brand-soft text-brand' : 'border border-accent/40 bg-accent/10 text-accent'}`}
        data-testid={testId}
      >
        {state.message}
      </p>
    );
  }
  if (state.status === 'idle') return null;
  const errors = Object.values(state.fieldErrors)
    .flat()
    .filter((e): e is string => Boolean(e));
  const tone =
    state.status === 'saved' ? 'text-brand' : state.status === 'stale' ? 'rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950' : 'text-[#b42318]';
  return (
    <p role={state.status === 'saved' ? 'status' : 'alert'} className={`mt-1 text-xs ${tone}`} data-testid={testId} data-status={state.status}>
      {state.message}
      {errors.length ? ` ${errors.join(' ')}` : ''}
    </p>
  );
}
