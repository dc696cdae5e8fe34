'use client';
import { useActionState } from 'react';
import { useKeptForm } from '@/components/hooks/use-kept-form';
import { DEFAULT_SHARE_DAYS, MAX_SHARE_DAYS, SHARE_SCOPES, SHARE_SCOPE_LABELS, type ShareLinkOutcome } from '@/lib/domain/share/share-link';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';

/** Makes a deellink: what it shows, how long, a note for the list; the new link is shown once. */
export function ShareLinkForm({ action }: { action: (prev: ActionState<ShareLinkOutcome>, data: FormData) => Promise<ActionState<ShareLinkOutcome>> }) {
  const [state, dispatch, pending] = useActionState(action, { ...IDLE_STATE, token: null, stamp: 0 });
  const { formRef, onSubmit } = useKeptForm(dispatch, state, (s) => s.status === 'created');
  const url = state.token && typeof window !== 'undefined' ? `${window.location.origin}/d/${state.token}` : null;
  return (
    <form
      ref={formRef}
      action={dispatch}
      onSubmit={onSubmit}
      className="space-y-3 rounded-lg border border-black/10 bg-white p-4"
      data-testid="share-link-form"
    >
      <div className="flex flex-wrap gap-4">
        <label className="text-sm">
          <span className="block font-medium">Wat toont de link?</span>
          <select name="scope" defaultValue="kaart" className="mt-1 rounded-md border border-black/15 bg-white px-2 py-1.5">
            {SHARE_SCOPES.map((s) => (
              <option key={s} value={s}>
                {SHARE_SCOPE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-medium">Geldig (dagen, max. {MAX_SHARE_DAYS})</span>
          <input name="days" type="number" defaultValue={DEFAULT_SHARE_DAYS} className="mt-1 w-24 rounded-md border border-black/15 px-2 py-1.5" />
        </label>
        <label className="min-w-[12rem] flex-1 text-sm">
          <span className="block font-medium">Voor wie (optioneel)</span>
          <input name="label" maxLength={80} placeholder="bv. gemeenteraad maart" className="mt-1 w-full rounded-md border border-black/15 px-2 py-1.5" />
        </label>
      </div>
      <p className="text-sm text-muted">
        Wie de link heeft, ziet het huis, de actoren, hun soort en betrokkenheid. Geen notities, trekkers, geschiedenis of namen van gebruikers.
      </p>
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? 'Maken…' : 'Deellink maken'}
      </button>
      {state.message ? (
        <p role={state.status === 'created' ? 'status' : 'alert'} className={`text-sm ${state.status === 'created' ? 'text-[#067647]' : 'text-[#b42318]'}`}>
          {state.message}
        </p>
      ) : null}
      {url ? (
        <p className="break-all rounded-md bg-brand-soft px-3 py-2 font-mono text-sm" data-testid="share-link-url">
          {url}
        </p>
      ) : null}
    </form>
  );
}
