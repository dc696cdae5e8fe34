'use client';

import { useActionState, useState } from 'react';
import type { LevelCode } from '@/lib/domain/levels';
import type { MapEntry } from '@/lib/domain/map/map-entries';
import { LevelChoice } from '../questionnaire/level-choice';
import { LoweringChoice } from '../questionnaire/lowering-choice';
import type { EntryAction } from '../questionnaire/types';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/**
 * Editing one entry on the map: its level, its note, and for "nog niet" the expansion plan
 * (owner, next step, target date). Sent with the version it was based on; a stale save is
 * refused and the current value shown.
 */
export function EntryEditor({ entry, action, forums }: { entry: MapEntry; action: EntryAction; forums: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action.bind(null, entry.key), IDLE_ENTRY_STATE);
  const [level, setLevel] = useState<LevelCode | null>(entry.level);
  // The level chosen follows the entry when another entry (or a new version of this one) is
  // shown, and a stale save's current value when one comes back: adjusted while rendering, from
  // what was last seen (React's "adjusting state when a prop changes"), not in an effect.
  const [seenEntry, setSeenEntry] = useState({ key: entry.key, level: entry.level, version: entry.version });
  if (seenEntry.key !== entry.key || seenEntry.level !== entry.level || seenEntry.version !== entry.version) {
    setSeenEntry({ key: entry.key, level: entry.level, version: entry.version });
    setLevel(entry.level);
  }
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (state.status === 'stale' && state.current) setLevel(state.current.level);
  }
  if (entry.kind === 'missing') {
    return (
      <p className="mt-3 rounded-md bg-paper p-2 text-xs text-muted">Vul deze verplichte partner in via de vragenlijst, of benoem er een organisatie voor.</p>
    );
  }
  const derived = entry.kind === 'type' && entry.derived;
  return (
    <form action={formAction} className="mt-4 space-y-3 border-t border-black/10 pt-3" data-testid="entry-editor" key={`${entry.key}-${entry.version}`}>
      <h3 className="text-sm font-semibold">Wijzigen</h3>
      <input type="hidden" name="version" value={entry.version} />
      <LevelChoice name="level" label={`Betrokkenheid van ${entry.name}`} value={level} disabled={derived} onChange={setLevel} />
      <label className="block text-xs">
        <span className="text-muted">Notitie</span>
        <textarea
          name="note"
          defaultValue={entry.note ?? ''}
          maxLength={500}
          rows={2}
          className="mt-0.5 w-full rounded border border-black/15 px-2 py-1 text-sm"
        />
      </label>
      {entry.kind === 'actor' && level === 'indirect' && forums.length ? (
        <label className="block text-xs">
          <span className="text-muted">Via overleg</span>
          <select name="via" defaultValue={entry.via?.id ?? ''} className="mt-0.5 w-full rounded border border-black/15 bg-white px-2 py-1 text-sm">
            <option value="">geen overleg</option>
            {forums.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {level === 'nog_niet' ? (
        <fieldset className="space-y-2 rounded-md border border-[#b4472b]/30 bg-[#fbe9e4]/40 p-2">
          <legend className="px-1 text-xs font-semibold text-[#7a2812]">Uitbreidingsplan</legend>
          <label className="block text-xs">
            <span className="text-muted">Trekker</span>
            <input name="owner" defaultValue={entry.owner ?? ''} maxLength={120} className="mt-0.5 w-full rounded border border-black/15 px-2 py-1 text-sm" />
          </label>
          <label className="block text-xs">
            <span className="text-muted">Volgende stap</span>
            <input
              name="nextStep"
              defaultValue={entry.nextStep ?? ''}
              maxLength={300}
              className="mt-0.5 w-full rounded border border-black/15 px-2 py-1 text-sm"
            />
          </label>
          <label className="block text-xs">
            <span className="text-muted">Streefdatum</span>
            <input type="date" name="due" defaultValue={entry.due ?? ''} className="mt-0.5 w-full rounded border border-black/15 px-2 py-1 text-sm" />
          </label>
        </fieldset>
      ) : null}
      {/* Refused because it lowers the type's answer: the explicit choice, then save again. */}
      {state.lowering?.length ? <LoweringChoice change={state.lowering[0]} /> : null}
      <div className="flex items-center gap-2">
        <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {pending ? 'Opslaan…' : 'Opslaan'}
        </button>
        {derived ? <span className="text-xs text-muted">Het niveau volgt uit de organisaties.</span> : null}
      </div>
      <FormMessage look="inline" state={state} testId="entry-editor-message" />
    </form>
  );
}
