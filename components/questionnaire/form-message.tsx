import type { EntryFormState } from '@/lib/edge/entry-form-state';

/** The answer of a save, in words: saved, refused as stale (with the current value), or invalid. */
export function FormMessage({ state, testId }: { state: EntryFormState; testId?: string }) {
  if (state.status === 'idle') return null;
  const errors = Object.values(state.fieldErrors).flat();
  const tone =
    state.status === 'saved' ? 'text-brand' : state.status === 'stale' ? 'rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950' : 'text-[#b42318]';
  return (
    <p role={state.status === 'saved' ? 'status' : 'alert'} className={`mt-1 text-xs ${tone}`} data-testid={testId} data-status={state.status}>
      {state.message}
      {errors.length ? ` ${errors.join(' ')}` : ''}
    </p>
  );
}
