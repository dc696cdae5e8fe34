'use client';

import { useActionState } from 'react';
import { createFirstAdmin } from '@/app/beheer/start/actions';
import { buttonClass, FormField, inputClass, invalidProps } from './form-parts';
import { NewPasswordFields } from './new-password-fields';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

export function FirstAdminForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(createFirstAdmin, IDLE_STATE);
  return (
    <form action={action} className="grid max-w-xl gap-4 rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <FormField label="Uw naam" name="name" errors={state.fieldErrors.name}>
        <input id="name" name="name" autoComplete="name" className={inputClass} {...invalidProps('name', state)} />
      </FormField>
      <FormField label="E-mailadres" name="email" errors={state.fieldErrors.email}>
        <input id="email" name="email" type="email" autoComplete="username" className={inputClass} {...invalidProps('email', state)} />
      </FormField>
      <NewPasswordFields state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Bezig …' : 'Beheerdersaccount aanmaken'}
      </button>
    </form>
  );
}
