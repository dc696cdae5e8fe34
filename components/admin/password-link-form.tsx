'use client';

import { useActionState } from 'react';
import { createPasswordLinkAction } from '@/app/beheer/actions';
import { inputClass } from './form-parts';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

const NO_LINK: ActionState<{ link?: string }> = IDLE_STATE;

/**
 * A one-time link to set this account's password: for a forgotten password, or an account
 * restored from a backup (which holds no passwords). Shown once, here; only its hash is kept.
 */
export function PasswordLinkForm({ user }: { user: { id: string; email: string } }) {
  const [state, action, pending] = useActionState(createPasswordLinkAction, NO_LINK);
  const link = state.link ? new URL(state.link, window.location.origin).href : null;
  return (
    <form action={action} className="grid gap-2" aria-label={`Wachtwoordlink voor ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start rounded-lg border border-black/15 bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-brand-soft disabled:opacity-60"
      >
        {pending ? 'Bezig …' : 'Wachtwoordlink maken'}
      </button>
      {state.message ? <FormMessage state={state} /> : null}
      {link ? (
        <label className="text-xs text-muted">
          Link voor {user.email}
          <input
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className={`${inputClass} mt-0.5 font-mono text-xs text-ink`}
            data-testid="password-link"
          />
        </label>
      ) : null}
    </form>
  );
}
