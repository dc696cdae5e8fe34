'use client';

import { useActionState, useRef, useState } from 'react';
import { derivedAnswerChange, lowersAnswer, type CurrentAnswer, type DerivedAnswerChange } from '@/lib/domain/derived-answer';
import type { NetworkActor } from '@/lib/domain/house-network';
import { LEVEL_CODES, LEVELS, type LevelCode } from '@/lib/domain/levels';
import { LoweringChoice } from './lowering-choice';
import type { QuestionnaireActions } from './types';
import { useChoiceCommit } from './use-choice-commit';
import { useOnChange } from '../hooks/use-on-change';
import { actorEntryKey } from '@/lib/domain/entry-key';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

interface Props {
  actor: NetworkActor;
  /** Its type and the type's answer now, which derives from the organisations. */
  type: { code: string; name: string };
  answer: CurrentAnswer | null;
  /** The levels of the type's other organisations. */
  siblingLevels: LevelCode[];
  forums: { id: string; name: string }[];
  /** Its ties with other organisations of the house, in words. */
  ties?: string[];
  actions: QuestionnaireActions;
  canEdit: boolean;
}

const small = 'rounded-md px-2 py-1 text-xs font-medium';

/**
 * A named organisation under its type: its own level (saved once per choice), its forum when
 * indirect, remove. A change that would lower the type's answer waits for the explicit choice.
 */
export function NamedActorRow({ actor, type, answer, siblingLevels, forums, ties, actions, canEdit }: Props) {
  const [state, formAction, pending] = useActionState(actions.saveEntry.bind(null, actorEntryKey(actor.id)), IDLE_ENTRY_STATE);
  const [removeState, removeAction] = useActionState(actions.removeActor.bind(null, actor.id), IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  const removeForm = useRef<HTMLFormElement>(null);
  const [level, setLevel] = useState<LevelCode>(actor.level);
  /** A level change or a removal that lowers the type's answer, waiting for the choice. */
  const [lowering, setLowering] = useState<DerivedAnswerChange | null>(null);
  const [removing, setRemoving] = useState<DerivedAnswerChange | null>(null);
  // A newer stored level, or what a save answered (the current level of a stale save, a lowering
  // still to choose), replaces what the row shows.
  useOnChange(`${actor.level}@${actor.version}`, () => setLevel(actor.level));
  useOnChange(state, (answer) => {
    if (answer.status === 'stale' && answer.current?.level) setLevel(answer.current.level);
    if (answer.status === 'saved') setLowering(null);
    if (answer.lowering?.length) setLowering(answer.lowering[0]);
  });
  useOnChange(removeState, (answer) => {
    if (answer.lowering?.length) setRemoving(answer.lowering[0]);
  });

  const submit = () => requestAnimationFrame(() => form.current?.requestSubmit());
  const levelChoice = useChoiceCommit<LevelCode>({
    saved: actor.level,
    commit: (next) => {
      setLevel(next);
      const change = derivedAnswerChange(type, answer, [...siblingLevels, next]);
      if (change && lowersAnswer(change)) setLowering(change);
      else submit();
    },
  });
  const viaChoice = useChoiceCommit<string>({ saved: actor.via ?? '', commit: submit });

  function remove() {
    const change = derivedAnswerChange(type, answer, siblingLevels);
    if (change && lowersAnswer(change)) setRemoving(change);
    else requestAnimationFrame(() => removeForm.current?.requestSubmit());
  }

  return (
    <li className="flex flex-wrap items-center gap-x-3 text-sm" data-actor={actor.id}>
      <form ref={form} action={formAction} className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <input type="hidden" name="version" value={actor.version} />
        <span className="min-w-0 flex-1">
          {actor.name}
          {actor.regional ? <span className="ml-1 text-xs text-muted">(regionaal)</span> : null}
        </span>
        <label>
          <span className="sr-only">Betrokkenheid van {actor.name}</span>
          <select
            name="level"
            value={levelChoice.draft ? levelChoice.draft.value : level}
            disabled={!canEdit}
            onKeyDown={levelChoice.onKeyDown}
            onBlur={levelChoice.onBlur}
            onChange={(e) => {
              setLowering(null);
              levelChoice.changed(e.target.value as LevelCode);
            }}
            className="w-36 rounded border border-black/15 bg-white px-2 py-1 text-sm sm:w-40"
          >
            {LEVEL_CODES.map((code) => (
              <option key={code} value={code}>
                {LEVELS[code].label}
              </option>
            ))}
          </select>
        </label>
        {level === 'indirect' && forums.length > 0 ? (
          <label className="min-w-0 max-w-full">
            <span className="sr-only">Via welk overleg</span>
            <select
              name="via"
              defaultValue={actor.via ?? ''}
              disabled={!canEdit}
              onKeyDown={viaChoice.onKeyDown}
              onBlur={viaChoice.onBlur}
              onChange={(e) => viaChoice.changed(e.target.value)}
              className="max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm"
            >
              <option value="">via geen overleg</option>
              {forums.map((f) => (
                <option key={f.id} value={f.id}>
                  via {f.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {pending ? <span className="text-xs text-muted">opslaan…</span> : null}
        {lowering ? (
          <div className="flex basis-full flex-wrap items-center gap-2" data-testid={`lowering-${actor.id}`}>
            <LoweringChoice change={lowering} />
            <button type="submit" className={`${small} bg-brand text-white`}>
              Opslaan
            </button>
            <button
              type="button"
              className={`${small} text-muted hover:bg-paper`}
              onClick={() => {
                setLowering(null);
                setLevel(actor.level);
              }}
            >
              Annuleren
            </button>
          </div>
        ) : null}
      </form>
      {canEdit ? (
        <form ref={removeForm} action={removeAction} className="inline">
          <input type="hidden" name="version" value={actor.version} />
          {removing ? (
            <span className="flex flex-wrap items-center gap-2">
              <LoweringChoice change={removing} />
              <button type="submit" className={`${small} bg-[#b42318] text-white`}>
                Verwijderen
              </button>
              <button type="button" className={`${small} text-muted hover:bg-paper`} onClick={() => setRemoving(null)}>
                Annuleren
              </button>
            </span>
          ) : (
            <button
              type="button"
              onClick={remove}
              className="text-xs text-muted underline-offset-2 hover:text-[#b42318] hover:underline"
              aria-label={`${actor.name} verwijderen`}
            >
              verwijderen
            </button>
          )}
        </form>
      ) : null}
      {ties?.length ? (
        <p className="basis-full text-xs text-muted" data-testid={`ties-${actor.id}`}>
          Werkt samen: {ties.join(' · ')}
        </p>
      ) : null}
      <div className="basis-full">
        <FormMessage look="inline" state={state.status !== 'idle' ? state : removeState} />
      </div>
    </li>
  );
}
