'use client';

import { useActionState } from 'react';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** Closing asks for a tick first: it ends every participant's access. */
export function CloseForm({ action, pending: waiting }: { action: (prev: ActionState, formData: FormData) => Promise<ActionState>; pending: number }) {
  const [state, formAction, busy] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction} className="space-y-3">
      {waiting > 0 ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-[#7a2e0b]">
          {waiting} {waiting === 1 ? 'voorstel wacht' : 'voorstellen wachten'} nog op een beslissing; ze veranderen de kaart niet.
        </p>
      ) : null}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="bevestig" value="ja" className="size-5 accent-[#0f5e63]" />
        Ik sluit de workshop af: de deelnemers kunnen dan niets meer voorstellen.
      </label>
      <button type="submit" disabled={busy} className="rounded-lg bg-brand px-4 py-2.5 font-semibold text-white disabled:opacity-60">
        {busy ? 'Afsluiten …' : 'Workshop afsluiten'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
