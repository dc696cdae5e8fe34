'use client';

import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import { derivedAnswerChange } from '@/lib/domain/derived-answer';
import type { NetworkActor, NetworkType } from '@/lib/domain/house-network';
import { LEVELS, strongestLevel, type LevelCode } from '@/lib/domain/levels';
import { useKeptForm } from '../hooks/use-kept-form';
import { useOnChange } from '../hooks/use-on-change';
import { LevelChoice } from './level-choice';
import { LoweringChoice } from './lowering-choice';
import { NamedActorRow } from './named-actor-row';
import type { QuestionnaireActions } from './types';
import { NameAndLevelFields } from './name-and-level-fields';
import { typeEntryKey } from '@/lib/domain/entry-key';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

interface Props {
  type: NetworkType;
  actors: NetworkActor[];
  forums: { id: string; name: string }[];
  /** Per organisation, its ties in words (lib/domain/ties/actor-ties.ts). */
  ties?: ReadonlyMap<string, { text: string }[]>;
  actions: QuestionnaireActions;
  canEdit: boolean;
}

/**
 * One actor type of question 4: its answer as seven radios (saved once per choice), and under it
 * the organisations the house names, each with its own level; the answer then derives from them.
 */
export function TypeAnswerRow({ type, actors, forums, ties, actions, canEdit }: Props) {
  const [state, formAction, pending] = useActionState(actions.saveEntry.bind(null, typeEntryKey(type.code)), IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  const serverLevel = type.answer?.level ?? null;
  const [level, setLevel] = useState<LevelCode | null>(serverLevel);
  const [adding, setAdding] = useState(false);
  // A newer stored answer, or the current one a stale save was refused with, replaces the choice.
  useOnChange(`${serverLevel}@${type.answer?.version}`, () => setLevel(serverLevel));
  useOnChange(state, (answer) => {
    if (answer.status === 'stale' && answer.current) setLevel(answer.current.level);
  });
  const derivedFrom = actors.length > 0 ? strongestLevel(actors.map((a) => a.level)) : null;
  // What is stored now: the save's own answer until the page's data catches up with it.
  const savedLevel = state.status === 'saved' && state.current && state.current.version >= (type.answer?.version ?? 0) ? state.current.level : serverLevel;
  const privatePractice = type.code === 'privepraktijk';

  return (
    <li className="px-4 py-3 sm:px-5" data-type={type.code} data-testid={`type-${type.code}`}>
      <div className="grid gap-2 *:min-w-0 lg:grid-cols-[minmax(0,16rem)_1fr] lg:items-start lg:gap-4">
        <div>
          <span className="font-medium" id={`type-${type.code}-label`}>
            {type.name}
          </span>
          {type.mandatory ? <span className="ml-2 rounded-full bg-accent px-2 py-0.5 text-[11px] font-semibold text-white">verplicht</span> : null}
          {!type.catalogue ? <span className="ml-2 rounded-full bg-paper px-2 py-0.5 text-[11px] text-muted">eigen actor</span> : null}
          {pending ? <span className="ml-2 text-xs text-muted">opslaan…</span> : null}
        </div>
        <div>
          <form ref={form} action={formAction}>
            <input type="hidden" name="version" value={type.answer?.version ?? 0} />
            <LevelChoice
              name="level"
              label={`Betrokkenheid van ${type.name}`}
              value={derivedFrom ?? level}
              saved={savedLevel}
              disabled={!canEdit || actors.length > 0}
              onChange={setLevel}
              onCommit={(next) => {
                // The chosen answer itself is sent, not what the radios show by then.
                const data = new FormData();
                data.set('version', String(type.answer?.version ?? 0));
                data.set('level', next);
                startTransition(() => formAction(data));
              }}
            />
          </form>
          {type.answer && canEdit && actors.length === 0 ? (
            <form action={formAction} onSubmit={() => setLevel(null)}>
              <input type="hidden" name="version" value={type.answer.version} />
              <input type="hidden" name="level" value="" />
              <button type="submit" className="mt-1 text-xs text-muted underline-offset-2 hover:underline">
                Antwoord wissen
              </button>
            </form>
          ) : null}
          {actors.length > 0 ? (
            <p className="mt-1 text-xs text-muted" data-testid={`derived-${type.code}`}>
              Afgeleid van {actors.length} {actors.length === 1 ? 'benoemde organisatie' : 'benoemde organisaties'}: de sterkste telt (
              {derivedFrom ? LEVELS[derivedFrom].label.toLowerCase() : ''}).
            </p>
          ) : null}
          <FormMessage look="inline" state={state} testId={`message-${type.code}`} />
          {actors.length > 0 ? (
            <ul className="mt-2 space-y-1 border-l-2 border-brand-soft pl-3">
              {actors.map((actor) => (
                <NamedActorRow
                  key={actor.id}
                  actor={actor}
                  type={type}
                  answer={type.answer}
                  siblingLevels={actors.filter((a) => a.id !== actor.id).map((a) => a.level)}
                  forums={forums}
                  ties={ties?.get(actor.id)?.map((t) => t.text)}
                  actions={actions}
                  canEdit={canEdit}
                />
              ))}
            </ul>
          ) : null}
          {canEdit ? (
            adding ? (
              <AddActorForm type={type} actors={actors} privatePractice={privatePractice} actions={actions} onDone={() => setAdding(false)} />
            ) : (
              <button type="button" onClick={() => setAdding(true)} className="mt-1 text-xs font-medium text-brand underline-offset-2 hover:underline">
                + {privatePractice ? 'Beroepsgroep benoemen' : 'Organisatie benoemen'}
              </button>
            )
          ) : null}
        </div>
      </div>
    </li>
  );
}

/** Names an organisation of the type; says beforehand how the type's answer would change. */
function AddActorForm({
  type,
  actors,
  privatePractice,
  actions,
  onDone,
}: {
  type: NetworkType;
  actors: NetworkActor[];
  privatePractice: boolean;
  actions: QuestionnaireActions;
  onDone: () => void;
}) {
  const [state, formAction, pending] = useActionState(actions.addActor, IDLE_ENTRY_STATE);
  const [level, setLevel] = useState<LevelCode>('minimaal');
  // A refusal (e.g. a lowering not chosen yet) keeps the name that was typed.
  const { formRef, onSubmit } = useKeptForm(formAction, state, (s) => s.status === 'saved');
  useEffect(() => {
    if (state.status === 'saved') onDone();
  }, [state, onDone]);
  const change = derivedAnswerChange(type, type.answer, [...actors.map((a) => a.level), level]) ?? state.lowering?.[0] ?? null;
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="mt-2 flex flex-wrap items-end gap-2 rounded-md bg-paper p-2"
      data-testid={`add-actor-${type.code}`}
    >
      <input type="hidden" name="typeCode" value={type.code} />
      <NameAndLevelFields nameLabel={privatePractice ? 'Beroepsgroep (bv. logopedist)' : 'Naam van de organisatie'} level={level} onLevelChange={setLevel} />
      <LoweringChoice change={change} testId={`derived-change-${type.code}`} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        Toevoegen
      </button>
      <button type="button" onClick={onDone} className="rounded-md px-2 py-1.5 text-sm text-muted hover:bg-white">
        Annuleren
      </button>
      <FormMessage look="inline" state={state} />
    </form>
  );
}
