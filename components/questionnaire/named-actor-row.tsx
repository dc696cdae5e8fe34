'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { IDLE_ENTRY_STATE } from '@/lib/entry-form-state';
import type { NetworkActor } from '@/lib/house-network';
import { LEVEL_CODES, LEVELS, type LevelCode } from '@/lib/levels';
import { FormMessage } from './form-message';
import type { QuestionnaireActions } from './types';

/** A named organisation under its type: its own level (saved on change), its forum when indirect, remove. */
export function NamedActorRow({ actor, forums, actions, canEdit }: { actor: NetworkActor; forums: { id: string; name: string }[]; actions: QuestionnaireActions; canEdit: boolean }) {
  const [state, formAction, pending] = useActionState(actions.saveEntry.bind(null, `actor:${actor.id}`), IDLE_ENTRY_STATE);
  const [removeState, removeAction] = useActionState(actions.removeActor.bind(null, actor.id), IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  const [level, setLevel] = useState<LevelCode>(actor.level);
  useEffect(() => setLevel(actor.level), [actor.level, actor.version]);
  useEffect(() => {
    if (state.status === 'stale' && state.current?.level) setLevel(state.current.level);
  }, [state]);
  return (
    <li className="flex flex-wrap items-center gap-x-3 text-sm" data-actor={actor.id}>
      <form ref={form} action={formAction} className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <input type="hidden" name="version" value={actor.version} />
        <span className="min-w-0 flex-1">{actor.name}{actor.regional ? <span className="ml-1 text-xs text-muted">(regionaal)</span> : null}</span>
        <label>
          <span className="sr-only">Betrokkenheid van {actor.name}</span>
          <select
            name="level"
            value={level}
            disabled={!canEdit}
            onChange={(e) => {
              setLevel(e.target.value as LevelCode);
              requestAnimationFrame(() => form.current?.requestSubmit());
            }}
            className="w-36 rounded border border-black/15 bg-white px-2 py-1 text-sm sm:w-40"
          >
            {LEVEL_CODES.map((code) => (
              <option key={code} value={code}>{LEVELS[code].label}</option>
            ))}
          </select>
        </label>
        {level === 'indirect' && forums.length > 0 ? (
          <label className="min-w-0 max-w-full">
            <span className="sr-only">Via welk overleg</span>
            <select name="via" defaultValue={actor.via ?? ''} disabled={!canEdit} onChange={() => requestAnimationFrame(() => form.current?.requestSubmit())} className="max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm">
              <option value="">via geen overleg</option>
              {forums.map((f) => (
                <option key={f.id} value={f.id}>via {f.name}</option>
              ))}
            </select>
          </label>
        ) : null}
        {pending ? <span className="text-xs text-muted">opslaan…</span> : null}
      </form>
      {canEdit ? (
        <form action={removeAction} className="inline">
          <input type="hidden" name="version" value={actor.version} />
          <button type="submit" className="text-xs text-muted underline-offset-2 hover:text-[#b42318] hover:underline" aria-label={`${actor.name} verwijderen`}>
            verwijderen
          </button>
        </form>
      ) : null}
      <div className="basis-full">
        <FormMessage state={state.status !== 'idle' ? state : removeState} />
      </div>
    </li>
  );
}
