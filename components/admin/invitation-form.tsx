'use client';

import { useActionState } from 'react';
import { createInvitationAction, endInvitationAction } from '@/app/beheer/actions';
import { buttonClass, FormField, inputClass, invalidProps } from './form-parts';
import { IDLE_STATE, succeeded } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

export function InvitationForm({
  houses,
  facilitators,
  today,
}: {
  houses: { id: string; name: string }[];
  facilitators: { id: string; name: string; email: string }[];
  today: string;
}) {
  const [state, action, pending] = useActionState(createInvitationAction, IDLE_STATE);
  return (
    <form action={action} className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" noValidate>
      <h3 className="font-semibold sm:col-span-2 lg:col-span-5">Nieuwe uitnodiging</h3>
      <FormField label="Huis" name="inv-house" errors={state.fieldErrors.houseId}>
        <select id="inv-house" name="houseId" className={inputClass} defaultValue="" {...invalidProps('houseId', state)}>
          <option value="" disabled>
            Kies een huis
          </option>
          {houses.map((h) => (
            <option key={h.id} value={h.id}>
              {h.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Facilitator" name="inv-facilitator" errors={state.fieldErrors.facilitatorId}>
        <select id="inv-facilitator" name="facilitatorId" className={inputClass} defaultValue="" {...invalidProps('facilitatorId', state)}>
          <option value="" disabled>
            Kies een facilitator
          </option>
          {facilitators.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name || f.email}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Van" name="inv-from" errors={state.fieldErrors.from}>
        <input id="inv-from" name="from" type="date" defaultValue={today} className={inputClass} {...invalidProps('from', state)} />
      </FormField>
      <FormField label="Tot en met" name="inv-until" errors={state.fieldErrors.until}>
        <input id="inv-until" name="until" type="date" className={inputClass} {...invalidProps('until', state)} />
      </FormField>
      <div className="flex flex-col justify-end">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Bezig …' : 'Uitnodigen'}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function EndInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const [state, action, pending] = useActionState(endInvitationAction, IDLE_STATE);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="invitationId" value={invitationId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={label}
        className="rounded-md border border-black/15 px-2.5 py-1 text-sm hover:bg-paper disabled:opacity-60"
      >
        Beëindigen
      </button>
      {state.message && !succeeded(state) ? (
        <span role="alert" className="text-xs text-accent">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
