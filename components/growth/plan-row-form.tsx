'use client';

import { useActionState, useState } from 'react';
import { wantsMore } from '@/lib/domain/desired-level';
import { LEVEL_CODES, LEVELS } from '@/lib/domain/levels';
import type { MapEntry } from '@/lib/domain/map/map-entries';
import { LevelBadge } from '../map/level-badge';
import { useKeptForm } from '../hooks/use-kept-form';
import { useOnChange } from '../hooks/use-on-change';
import type { EntryAction } from '../questionnaire/types';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

const field = 'w-full rounded border border-black/15 bg-white px-2 py-1 text-sm';
const label = 'text-xs text-muted lg:sr-only';

/**
 * One actor of the expansion plan, edited in place: gewenst, trekker, volgende stap and
 * streefdatum, saved together with the version it was based on (a stale save is refused with
 * the current value) and recorded in the history. On a phone each row is a card.
 */
export function PlanRowForm({ entry, action }: { entry: MapEntry; action: EntryAction }) {
  const [state, formAction, pending] = useActionState(action.bind(null, entry.key), IDLE_ENTRY_STATE);
  // The row shows the stored plan: a save must not reset it to the values it was first drawn with.
  const { formRef, onSubmit } = useKeptForm(formAction, state);
  const [version, setVersion] = useState(entry.version);
  // The version the next save is based on: the stored one, or the one a save (or a refusal) answered with.
  useOnChange(entry.version, setVersion);
  useOnChange(state, (answer) => {
    if (answer.current) setVersion(answer.current.version);
  });
  const id = `plan-${entry.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="grid gap-2 px-3 py-3 *:min-w-0 sm:grid-cols-2 lg:grid-cols-[minmax(0,1.2fr)_9rem_minmax(0,1fr)_minmax(0,1.8fr)_9.5rem_auto] lg:items-center lg:gap-2.5 lg:py-2"
      data-testid="plan-row"
      data-entry={entry.key}
      aria-labelledby={`${id}-name`}
    >
      <input type="hidden" name="version" value={version} />
      <div className="sm:col-span-2 lg:col-span-1">
        <span id={`${id}-name`} className="font-medium">
          {entry.name}
        </span>
        {entry.name !== entry.typeName ? <span className="block text-xs text-muted">{entry.typeName}</span> : null}
        <span className="mt-0.5 flex flex-wrap items-center gap-x-2 text-sm">
          <span className="sr-only">Nu: </span>
          <LevelBadge level={entry.level} />
          {entry.missingMandatory ? <span className="text-xs font-semibold text-[#b42318]">verplicht</span> : null}
        </span>
      </div>
      <label className="block">
        <span className={label}>Gewenst</span>
        <select name="desired" defaultValue={entry.desired ?? ''} className={field} aria-label={`Gewenst voor ${entry.name}`}>
          <option value="">geen</option>
          {LEVEL_CODES.map((code) => (
            <option key={code} value={code}>
              {LEVELS[code].label}
            </option>
          ))}
        </select>
        {wantsMore(entry.desired, entry.level) ? <span className="mt-0.5 block text-xs text-brand">▲ hoger dan nu</span> : null}
      </label>
      <label className="block">
        <span className={label}>Trekker</span>
        <input name="owner" defaultValue={entry.owner ?? ''} maxLength={120} className={field} aria-label={`Trekker voor ${entry.name}`} />
      </label>
      <label className="block">
        <span className={label}>Volgende stap</span>
        <input name="nextStep" defaultValue={entry.nextStep ?? ''} maxLength={300} className={field} aria-label={`Volgende stap voor ${entry.name}`} />
      </label>
      <label className="block">
        <span className={label}>Streefdatum</span>
        <input type="date" name="due" defaultValue={entry.due ?? ''} className={field} aria-label={`Streefdatum voor ${entry.name}`} />
      </label>
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-1">
        <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {pending ? 'Opslaan…' : 'Opslaan'}
        </button>
      </div>
      {state.status !== 'idle' ? (
        <div className="sm:col-span-2 lg:col-span-6">
          <FormMessage look="inline" state={state} testId={`plan-message-${entry.key}`} />
        </div>
      ) : null}
    </form>
  );
}
