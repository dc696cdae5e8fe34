'use client';

import { useActionState, useState } from 'react';
import { updateUserAccessAction } from '@/app/beheer/actions';
import { HousePicker } from '@/components/house-picker';
import type { PickableHouse } from '@/lib/domain/house-search';
import { ROLE_CODES, ROLE_LABELS, type Role } from '@/lib/domain/roles';
import { buttonClass, inputClass } from './form-parts';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** Role and house of one account, changed in place; the house is chosen with the searchable picker. */
export function UserAccessForm({ user, houses }: { user: { id: string; email: string; role: Role | null; houseId?: string }; houses: PickableHouse[] }) {
  const [state, action, pending] = useActionState(updateUserAccessAction, IDLE_STATE);
  // Controlled: React resets uncontrolled fields after an action, which would show the old role.
  const [role, setRole] = useState<Role>(user.role ?? 'coordinator');
  const houseError = state.fieldErrors.houseId?.[0];
  return (
    <form
      action={action}
      className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)_auto] sm:items-end"
      aria-label={`Rol en huis van ${user.email}`}
    >
      <input type="hidden" name="userId" value={user.id} />
      <label className="min-w-0 text-xs text-muted">
        Rol
        <select name="role" value={role} onChange={(event) => setRole(event.target.value as Role)} className={`${inputClass} mt-0.5 text-ink`}>
          {ROLE_CODES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
      </label>
      <HousePicker
        houses={houses}
        name="houseId"
        label="Huis (voor een coördinator)"
        defaultId={user.houseId}
        placeholder="Zoek een huis"
        invalid={Boolean(houseError)}
        className="min-w-0 [&>label]:text-xs [&>label]:font-normal [&>label]:text-muted"
      />
      <button type="submit" disabled={pending} className={`${buttonClass} col-span-2 sm:col-span-1`}>
        {pending ? 'Bezig …' : 'Opslaan'}
      </button>
      <div className="col-span-2 sm:col-span-3 empty:hidden">
        {state.message ? <FormMessage state={houseError ? { ...state, message: houseError } : state} /> : null}
      </div>
    </form>
  );
}
