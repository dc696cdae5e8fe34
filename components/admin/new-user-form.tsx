'use client';

import { useActionState } from 'react';
import { createUserAction } from '@/app/beheer/actions';
import { ROLE_CODES, ROLE_LABELS } from '@/lib/domain/roles';
import { useKeptForm } from '../hooks/use-kept-form';
import { buttonClass, FormField, inputClass, invalidProps } from './form-parts';
import { IDLE_STATE, succeeded } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

export function NewUserForm({ houses }: { houses: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createUserAction, IDLE_STATE);
  // A validation error keeps what was typed; a new account empties the form.
  const { formRef, onSubmit } = useKeptForm(action, state, (s) => succeeded(s));
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
      noValidate
    >
      <h3 className="font-semibold sm:col-span-2 lg:col-span-3">Nieuw account</h3>
      <FormField label="Naam" name="name" errors={state.fieldErrors.name}>
        <input id="name" name="name" className={inputClass} autoComplete="off" {...invalidProps('name', state)} />
      </FormField>
      <FormField label="E-mailadres" name="email" errors={state.fieldErrors.email}>
        <input id="email" name="email" type="email" className={inputClass} autoComplete="off" {...invalidProps('email', state)} />
      </FormField>
      <FormField label="Rol" name="role" errors={state.fieldErrors.role}>
        <select id="role" name="role" className={inputClass} defaultValue="coordinator" {...invalidProps('role', state)}>
          {ROLE_CODES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Huis (voor een coördinator)" name="houseId" errors={state.fieldErrors.houseId}>
        <select id="houseId" name="houseId" className={inputClass} defaultValue="" {...invalidProps('houseId', state)}>
          <option value="">Geen huis</option>
          {houses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Eerste wachtwoord" name="password" errors={state.fieldErrors.password} hint="Minstens 12 tekens; geef het veilig door.">
        <input id="password" name="password" type="password" className={inputClass} autoComplete="new-password" {...invalidProps('password', state)} />
      </FormField>
      <div className="flex flex-col justify-end gap-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Bezig …' : 'Account aanmaken'}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
