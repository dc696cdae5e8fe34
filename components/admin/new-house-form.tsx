'use client';

import { useActionState } from 'react';
import { createHouseAction } from '@/app/beheer/actions';
import { PROVINCES, URBANISATION_CODES, URBANISATION_LABELS } from '@/lib/domain/regions';
import { buttonClass, FormField, inputClass, invalidProps } from './form-parts';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

export function NewHouseForm() {
  const [state, action, pending] = useActionState(createHouseAction, IDLE_STATE);
  return (
    <form action={action} className="grid gap-3 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3" noValidate>
      <h3 className="font-semibold sm:col-span-2 lg:col-span-3">Nieuw huis</h3>
      <FormField label="Naam" name="house-name" errors={state.fieldErrors.name}>
        <input id="house-name" name="name" className={inputClass} placeholder="Huis van het Kind …" {...invalidProps('name', state)} />
      </FormField>
      <FormField label="Code" name="house-id" errors={state.fieldErrors.id} hint="Kleine letters, cijfers en koppeltekens, bv. huis-gent.">
        <input id="house-id" name="id" className={inputClass} {...invalidProps('id', state)} />
      </FormField>
      <FormField label="Gemeenten" name="house-municipalities" errors={state.fieldErrors.municipalities} hint="Gescheiden door komma's.">
        <input id="house-municipalities" name="municipalities" className={inputClass} {...invalidProps('municipalities', state)} />
      </FormField>
      <FormField label="Provincie" name="house-province" errors={state.fieldErrors.province}>
        <select id="house-province" name="province" className={inputClass} defaultValue="" {...invalidProps('province', state)}>
          <option value="" disabled>
            Kies een provincie
          </option>
          {PROVINCES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label="Verstedelijkingsgraad" name="house-urbanisation" errors={state.fieldErrors.urbanisation}>
        <select id="house-urbanisation" name="urbanisation" className={inputClass} defaultValue="" {...invalidProps('urbanisation', state)}>
          <option value="" disabled>
            Kies een graad
          </option>
          {URBANISATION_CODES.map((u) => (
            <option key={u} value={u}>
              {URBANISATION_LABELS[u]}
            </option>
          ))}
        </select>
      </FormField>
      <div className="flex flex-col justify-end">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Bezig …' : 'Huis toevoegen'}
        </button>
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
