'use client';

import { useActionState, useState } from 'react';
import { LEVEL_CODES, LEVELS, levelLabel } from '@/lib/domain/levels';
import type { MapEntry } from '@/lib/domain/map/map-entries';
import type { EntryAction } from '../questionnaire/types';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** Puts an actor of the map on the plan with the level the house wants it at ("gewenst"). */
export function PlanAddForm({ entries, action }: { entries: MapEntry[]; action: EntryAction }) {
  const [key, setKey] = useState('');
  if (!entries.length) return null;
  const chosen = entries.find((e) => e.key === key) ?? null;
  return (
    <div className="flex flex-wrap items-end gap-2 border-t border-black/10 px-3 py-3" data-testid="plan-add">
      <label className="min-w-0 max-w-full text-xs">
        <span className="block text-muted">Actor aan het plan toevoegen</span>
        <select
          value={chosen?.key ?? ''}
          onChange={(e) => setKey(e.target.value)}
          className="mt-0.5 w-72 max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm"
        >
          <option value="">Kies een actor…</option>
          {entries.map((e) => (
            <option key={e.key} value={e.key}>
              {e.name} ({levelLabel(e.level).toLowerCase()})
            </option>
          ))}
        </select>
      </label>
      {/* One form per chosen actor: its action is bound to that actor's key and version. */}
      <DesiredForm key={chosen?.key ?? ''} entry={chosen} action={action} />
    </div>
  );
}

function DesiredForm({ entry, action }: { entry: MapEntry | null; action: EntryAction }) {
  const [state, formAction, pending] = useActionState(action.bind(null, entry?.key ?? ''), IDLE_ENTRY_STATE);
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="version" value={entry?.version ?? 0} />
      <label className="text-xs">
        <span className="block text-muted">Gewenst</span>
        <select name="desired" defaultValue="kernpartner" disabled={!entry} className="mt-0.5 rounded border border-black/15 bg-white px-2 py-1 text-sm">
          {LEVEL_CODES.map((code) => (
            <option key={code} value={code}>
              {LEVELS[code].label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending || !entry} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        Aan het plan toevoegen
      </button>
      <div className="basis-full">
        <FormMessage look="inline" state={state} testId="plan-add-message" />
      </div>
    </form>
  );
}
