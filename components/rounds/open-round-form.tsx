'use client';

import { useActionState, useState } from 'react';
import { openRoundAction } from '@/app/overzicht/bevragingen/actions';
import { keepFieldsOnSubmit } from './keep-fields-on-submit';
import { buttonClass, FormField, inputClass, invalidProps } from '@/components/admin/form-parts';
import { ROUND_NAME_EXAMPLE } from '@/lib/domain/rounds/round-input';
import { PROVINCES } from '@/lib/domain/regions';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

interface Props {
  houses: { id: string; name: string; province: string }[];
  today: string;
}

/** Opening a round: name, days, message, and which houses (all by default; or provinces and/or houses). */
export function OpenRoundForm({ houses, today }: Props) {
  const [state, action, pending] = useActionState(openRoundAction, IDLE_STATE);
  const [scope, setScope] = useState<'alle' | 'selectie'>('alle');
  const year = Number(today.slice(0, 4));
  return (
    <form
      action={action}
      onSubmit={keepFieldsOnSubmit(action)}
      noValidate
      className="grid gap-4 rounded-xl border border-black/10 bg-white p-4 sm:grid-cols-2 sm:p-5"
      aria-labelledby="nieuwe-bevraging"
    >
      <h2 id="nieuwe-bevraging" className="text-lg font-semibold sm:col-span-2">
        Nieuwe bevraging openen
      </h2>
      <div className="sm:col-span-2">
        <FormField label="Naam" name="ronde-naam" errors={state.fieldErrors.name} hint={`Bv. “${ROUND_NAME_EXAMPLE}”: de huizen lezen die naam in hun taak.`}>
          <input id="ronde-naam" name="name" className={inputClass} maxLength={80} defaultValue={`Bevraging ${year}`} {...invalidProps('name', state)} />
        </FormField>
      </div>
      <FormField label="Opent op" name="ronde-open" errors={state.fieldErrors.opensOn}>
        <input id="ronde-open" name="opensOn" type="date" defaultValue={today} className={inputClass} {...invalidProps('opensOn', state)} />
      </FormField>
      <FormField label="Sluit op (deze dag telt nog mee)" name="ronde-sluit" errors={state.fieldErrors.closesOn}>
        <input id="ronde-sluit" name="closesOn" type="date" className={inputClass} {...invalidProps('closesOn', state)} />
      </FormField>
      <div className="sm:col-span-2">
        <FormField
          label="Bericht aan de coördinatoren"
          name="ronde-bericht"
          errors={state.fieldErrors.message}
          hint="Verschijnt bij hun taak, boven de pagina’s van hun huis."
        >
          <textarea id="ronde-bericht" name="message" rows={3} maxLength={2000} className={inputClass} {...invalidProps('message', state)} />
        </FormField>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium">Welke huizen</legend>
        <div className="flex flex-col gap-1 text-sm sm:flex-row sm:gap-6">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="scope" value="alle" checked={scope === 'alle'} onChange={() => setScope('alle')} /> Alle huizen ({houses.length})
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="scope" value="selectie" checked={scope === 'selectie'} onChange={() => setScope('selectie')} /> Een selectie
          </label>
        </div>
        {scope === 'selectie' ? (
          <div className="mt-3 space-y-3">
            <p className="text-sm text-muted">Kies hele provincies, losse huizen of beide: de bevraging geldt voor alle aangevinkte.</p>
            <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
              {PROVINCES.map((p) => (
                <label key={p} className="inline-flex items-center gap-2">
                  <input type="checkbox" name="provinces" value={p} /> {p}
                </label>
              ))}
            </div>
            <details className="rounded-lg border border-black/10 p-3">
              <summary className="cursor-pointer text-sm font-medium">Losse huizen kiezen</summary>
              <div className="mt-2 max-h-72 overflow-y-auto">
                {PROVINCES.filter((p) => houses.some((h) => h.province === p)).map((p) => (
                  <fieldset key={p} className="mt-2">
                    <legend className="text-xs font-semibold uppercase tracking-wide text-muted">{p}</legend>
                    <div className="grid gap-x-4 sm:grid-cols-2">
                      {houses
                        .filter((h) => h.province === p)
                        .map((h) => (
                          <label key={h.id} className="inline-flex items-center gap-2 text-sm">
                            <input type="checkbox" name="houseIds" value={h.id} /> {h.name}
                          </label>
                        ))}
                    </div>
                  </fieldset>
                ))}
              </div>
            </details>
            {state.fieldErrors.houseIds?.length ? <p className="text-sm text-accent">{state.fieldErrors.houseIds[0]}</p> : null}
          </div>
        ) : null}
      </fieldset>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? 'Bezig …' : 'Bevraging openen'}
        </button>
      </div>
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
