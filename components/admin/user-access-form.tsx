'use client';

import { useActionState } from 'react';
import { updateUserAccessAction } from '@/app/beheer/actions';
import { EMPTY_FORM_STATE } from '@/lib/admin-input';
import { ROLE_CODES, ROLE_LABELS, type Role } from '@/lib/roles';
import { buttonClass, FormMessage, inputClass } from './form-parts';

/** Role and house of one account, changed in place. */
/** The id of the one <datalist> of houses the user table renders (one list, not one per row). */
export const HOUSE_LIST_ID = 'huizen-lijst';

export function UserAccessForm({ user }: { user: { id: string; email: string; role: Role | null; houseId?: string } }) {
  const [state, action, pending] = useActionState(updateUserAccessAction, EMPTY_FORM_STATE);
  return (
    <form action={action} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)_auto] sm:items-end" aria-label={`Rol en huis van ${user.email}`}>
      <input type="hidden" name="userId" value={user.id} />
      <label className="min-w-0 text-xs text-muted">
        Rol
        <select name="role" defaultValue={user.role ?? 'coordinator'} className={`${inputClass} mt-0.5 text-ink`}>
          {ROLE_CODES.map((role) => <option key={role} value={role}>{ROLE_LABELS[role]}</option>)}
        </select>
      </label>
      <label className="min-w-0 text-xs text-muted">
        Huis (code, voor een coördinator)
        <input name="houseId" list={HOUSE_LIST_ID} defaultValue={user.houseId ?? ''} className={`${inputClass} mt-0.5 text-ink`} placeholder="bv. demo-001" />
      </label>
      <button type="submit" disabled={pending} className={`${buttonClass} col-span-2 sm:col-span-1`}>{pending ? 'Bezig …' : 'Opslaan'}</button>
      <div className="col-span-2 sm:col-span-3 empty:hidden">
        {state.message ? <FormMessage state={state.fieldErrors.houseId ? { ...state, message: state.fieldErrors.houseId[0] } : state} /> : null}
      </div>
    </form>
  );
}
