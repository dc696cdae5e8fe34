'use client';

import { useActionState } from 'react';
import { EMPTY_FORM_STATE, type FormState } from '@/lib/domain/admin-input';
import { FormMessage } from '../admin/form-parts';

/** "Workshop openen": takes the snapshot before, makes the code, opens the projector view. */
export function OpenWorkshopButton({ action, label }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; label: string }) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className="space-y-2">
      <button type="submit" disabled={pending} className="rounded-lg bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand/90 disabled:opacity-60">
        {pending ? 'Workshop openen …' : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
