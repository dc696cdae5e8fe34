'use client';

import { useActionState } from 'react';
import { closeRoundAction, reopenRoundAction } from '@/app/overzicht/bevragingen/actions';
import { keepFieldsOnSubmit } from './keep-fields-on-submit';
import { buttonClass, FormField, inputClass, invalidProps } from '@/components/admin/form-parts';
import { IDLE_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** Closing a round before its closing day: asks for a tick, as only the beheerder can reopen it. */
export function CloseRoundForm({ roundId, name }: { roundId: string; name: string }) {
  const [state, action, pending] = useActionState(closeRoundAction.bind(null, roundId), IDLE_STATE);
  return (
    <form
      action={action}
      onSubmit={keepFieldsOnSubmit(action)}
      noValidate
      className="space-y-3 rounded-xl border border-black/10 bg-white p-4"
      aria-labelledby="afsluiten-titel"
    >
      <h3 id="afsluiten-titel" className="font-semibold">
        Nu afsluiten
      </h3>
      <p className="text-sm text-muted">
        Huizen kunnen daarna niet meer indienen of hun antwoord vervangen; de cijfers worden definitief. Alleen de beheerder kan een bevraging heropenen.
      </p>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="bevestig" value="ja" className="mt-1" {...invalidProps('bevestig', state)} />
        <span>Ik sluit {name} nu af.</span>
      </label>
      {state.fieldErrors.bevestig?.length ? <p className="text-sm text-accent">{state.fieldErrors.bevestig[0]}</p> : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Bezig …' : 'Bevraging afsluiten'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

/** Reopening a closed round with a new closing day (the beheerder). */
export function ReopenRoundForm({ roundId, today }: { roundId: string; today: string }) {
  const [state, action, pending] = useActionState(reopenRoundAction.bind(null, roundId), IDLE_STATE);
  return (
    <form
      action={action}
      onSubmit={keepFieldsOnSubmit(action)}
      noValidate
      className="space-y-3 rounded-xl border border-black/10 bg-white p-4"
      aria-labelledby="heropenen-titel"
    >
      <h3 id="heropenen-titel" className="font-semibold">
        Heropenen
      </h3>
      <p className="text-sm text-muted">Huizen kunnen dan weer indienen tot de nieuwe sluitingsdatum. Het heropenen staat in het logboek.</p>
      <FormField label="Nieuwe sluitingsdatum" name="heropen-sluit" errors={state.fieldErrors.closesOn}>
        <input id="heropen-sluit" name="closesOn" type="date" min={today} className={inputClass} {...invalidProps('closesOn', state)} />
      </FormField>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? 'Bezig …' : 'Bevraging heropenen'}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
