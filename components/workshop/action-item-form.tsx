'use client';

import { useActionState } from 'react';
import { levelLabel } from '@/lib/domain/levels';
import type { ActionItem } from '@/lib/domain/workshop/action-list';
import { IDLE_ENTRY_STATE, type ActionState } from '@/lib/edge/action-state';
import type { EntryOutcome } from '@/lib/domain/entry-write';

/** One row of the action list: owner, next step and date, saved to the house's expansion plan. */
export function ActionItemForm({
  item,
  action,
}: {
  item: ActionItem;
  action: (prev: ActionState<EntryOutcome>, formData: FormData) => Promise<ActionState<EntryOutcome>>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE_ENTRY_STATE);
  const input = 'mt-0.5 w-full rounded border border-black/20 bg-white px-2 py-1.5';
  const id = item.key.replace(/[^a-z0-9]+/gi, '-');
  return (
    <form
      action={formAction}
      className="grid gap-2 rounded-xl border border-black/10 bg-white p-3 md:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_minmax(0,1.6fr)_10rem_auto] md:items-end"
      data-testid="action-item"
      data-key={item.key}
    >
      <div>
        <p className="font-semibold">{item.name}</p>
        <p className="text-sm text-muted">
          {item.typeName !== item.name ? `${item.typeName} · ` : ''}nu {levelLabel(item.now).toLowerCase()}
          {item.desired ? (
            <>
              {' '}
              → gewenst <strong>{levelLabel(item.desired).toLowerCase()}</strong>
            </>
          ) : (
            ' · gepland'
          )}
        </p>
      </div>
      <input type="hidden" name="version" value={state.current?.version ?? item.version} />
      <label className="text-sm" htmlFor={`${id}-owner`}>
        Trekker
        <input id={`${id}-owner`} name="owner" defaultValue={item.owner ?? ''} maxLength={120} className={input} />
      </label>
      <label className="text-sm" htmlFor={`${id}-next`}>
        Volgende stap
        <input id={`${id}-next`} name="nextStep" defaultValue={item.nextStep ?? ''} maxLength={300} className={input} />
      </label>
      <label className="text-sm" htmlFor={`${id}-due`}>
        Streefdatum
        <input id={`${id}-due`} type="date" name="due" defaultValue={item.due ?? ''} className={input} />
      </label>
      <button type="submit" disabled={pending} className="rounded-lg bg-brand px-3 py-2 text-sm font-semibold text-white disabled:opacity-60">
        Opslaan
      </button>
      {state.message ? (
        <p
          role={state.status === 'saved' ? 'status' : 'alert'}
          data-testid="action-item-message"
          data-status={state.status}
          className={`text-sm md:col-span-5 ${state.status === 'saved' ? 'text-[#067647]' : 'text-accent'}`}
        >
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
