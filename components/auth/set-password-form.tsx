'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { setPasswordAction } from '@/app/wachtwoord/actions';
import { buttonClass } from '../admin/form-parts';
import { NewPasswordFields } from '../admin/new-password-fields';
import { IDLE_STATE, succeeded } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** A new password, twice, for the account of a one-time link. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(setPasswordAction, IDLE_STATE);
  if (succeeded(state)) {
    return (
      <div className="grid max-w-xl gap-4 rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7">
        <FormMessage state={state} />
        <Link href="/aanmelden" className={`${buttonClass} justify-self-start`}>
          Naar aanmelden
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="grid max-w-xl gap-4 rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* For password managers: the account the new password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <p className="text-sm">
        Account: <strong>{email}</strong>
      </p>
      <FormMessage state={state} />
      <NewPasswordFields state={state} label="Nieuw wachtwoord" />
      <button type="submit" disabled={pending} className={`${buttonClass} justify-self-start`}>
        {pending ? 'Bezig …' : 'Wachtwoord instellen'}
      </button>
    </form>
  );
}
