'use client';

import { useActionState } from 'react';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** "Workshop openen": takes the snapshot before, makes the code, opens the projector view. */
export function OpenWorkshopButton({ action, label }: { action: (prev: ActionState, formData: FormData) => Promise<ActionState>; label: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction} className="space-y-2">
      <button type="submit" disabled={pending} className="rounded-lg bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand/90 disabled:opacity-60">
        {pending ? 'Workshop openen …' : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
