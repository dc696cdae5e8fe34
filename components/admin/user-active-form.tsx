'use client';

import { useActionState } from 'react';
import { setUserActiveAction } from '@/app/beheer/actions';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/**
 * Deactivate an account (its sessions end, sign-in is refused) or activate it again. The server
 * decides who may (lib/use-cases/admin.ts: only the beheerder, never for their own account).
 */
export function UserActiveForm({ user }: { user: { id: string; email: string; deactivated: boolean } }) {
  const [state, action, pending] = useActionState(setUserActiveAction, IDLE_STATE);
  return (
    <form action={action} className="grid gap-2" aria-label={`Account van ${user.email} ${user.deactivated ? 'activeren' : 'deactiveren'}`}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="actief" value={user.deactivated ? 'ja' : 'nee'} />
      <button
        type="submit"
        disabled={pending}
        className={`justify-self-start rounded-lg border px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${user.deactivated ? 'border-brand/40 bg-white text-brand hover:bg-brand-soft' : 'border-accent/40 bg-white text-accent hover:bg-accent/10'}`}
      >
        {pending ? 'Bezig …' : user.deactivated ? 'Opnieuw activeren' : 'Deactiveren'}
      </button>
      {state.message ? <FormMessage state={state} /> : null}
    </form>
  );
}
