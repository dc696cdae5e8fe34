'use client';

import { useActionState, useMemo, useState } from 'react';
import { tiesByActor } from '@/lib/domain/ties/actor-ties';
import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from '@/lib/domain/ties/tie-kinds';
import type { NetworkTie, TieOutcome } from '@/lib/domain/ties/tie';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { TieSwatch } from './tie-legend';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';

type TieAction = (prev: ActionState<TieOutcome>, formData: FormData) => Promise<ActionState<TieOutcome>>;

/** The house's tie actions, bound to its id (app/huizen/[id]/tie-actions.ts). */
export interface TieActions {
  create: TieAction;
  change: (tieId: string, prev: ActionState<TieOutcome>, formData: FormData) => Promise<ActionState<TieOutcome>>;
  remove: (tieId: string, prev: ActionState<TieOutcome>, formData: FormData) => Promise<ActionState<TieOutcome>>;
}

function Message({ state }: { state: ActionState<TieOutcome> }) {
  if (state.status === 'idle') return null;
  const errors = Object.values(state.fieldErrors)
    .flat()
    .filter((e) => e !== state.message);
  const ok = state.status === 'saved' || state.status === 'removed';
  return (
    <p role={ok ? 'status' : 'alert'} className={`mt-1 text-xs ${ok ? 'text-brand' : 'text-[#b42318]'}`} data-testid="tie-message" data-status={state.status}>
      {state.message}
      {errors.length ? ` ${errors.join(' ')}` : ''}
    </p>
  );
}

function ChangeTie({ tie, change }: { tie: NetworkTie; change: TieActions['change'] }) {
  const [state, action, pending] = useActionState(change.bind(null, tie.id), { ...IDLE_STATE, tie: null });
  return (
    <details className="basis-full text-xs">
      <summary className="cursor-pointer text-muted underline-offset-2 hover:underline">notitie en jaar</summary>
      <form action={action} className="mt-1 flex flex-wrap items-end gap-2">
        <input type="hidden" name="version" value={tie.version} />
        <label className="min-w-0 flex-1">
          <span className="text-muted">Notitie</span>
          <input name="note" defaultValue={tie.note ?? ''} maxLength={300} className="mt-0.5 w-full rounded border border-black/15 px-2 py-1" />
        </label>
        <label className="w-20">
          <span className="text-muted">Sinds</span>
          <input
            name="since"
            defaultValue={tie.since ?? ''}
            inputMode="numeric"
            maxLength={4}
            className="mt-0.5 w-full rounded border border-black/15 px-2 py-1"
          />
        </label>
        <button type="submit" disabled={pending} className="rounded-md border border-black/15 px-2 py-1 hover:bg-brand-soft">
          Opslaan
        </button>
      </form>
      <Message state={state} />
    </details>
  );
}

function RemoveTie({ tie, text, remove }: { tie: NetworkTie; text: string; remove: TieActions['remove'] }) {
  const [state, action, pending] = useActionState(remove.bind(null, tie.id), { ...IDLE_STATE, tie: null });
  return (
    <form action={action} className="inline">
      <input type="hidden" name="version" value={tie.version} />
      <button
        type="submit"
        disabled={pending}
        className="ml-1 text-xs text-muted underline-offset-2 hover:text-[#b42318] hover:underline"
        aria-label={`Samenwerking verwijderen: ${text}`}
      >
        verwijderen
      </button>
      <Message state={state} />
    </form>
  );
}

/**
 * "Werkt samen met …" in the map's detail panel: the organisation's ties, seen from its side, and
 * (for who may edit) a form to draw a new one or remove one. The server checks everything again.
 */
export function TieEditor({ network, actorId, actions }: { network: HouseNetwork; actorId: string; actions: TieActions | null }) {
  const names = useMemo(() => new Map(network.actors.map((a) => [a.id, a.name])), [network.actors]);
  const mine = useMemo(() => tiesByActor(network.ties ?? [], names).get(actorId) ?? [], [network.ties, names, actorId]);
  const others = useMemo(() => network.actors.filter((a) => a.id !== actorId).sort((a, b) => a.name.localeCompare(b.name, 'nl')), [network.actors, actorId]);
  const [kind, setKind] = useState<TieKind>('doorverwijzing');
  const [direction, setDirection] = useState<'uit' | 'in'>('uit');
  const [other, setOther] = useState('');
  const [state, create, pending] = useActionState(actions?.create ?? (async () => ({ ...IDLE_STATE, tie: null })), { ...IDLE_STATE, tie: null });
  const directed = TIE_KIND_DEFINITIONS[kind].directed;
  const [from, to] = directed && direction === 'in' ? [other, actorId] : [actorId, other];
  return (
    <section aria-labelledby="samenwerking-titel" className="mt-4 border-t border-black/10 pt-3" data-testid="tie-editor">
      <h3 id="samenwerking-titel" className="text-sm font-semibold">
        Werkt samen met …
      </h3>
      {mine.length === 0 ? (
        <p className="text-sm text-muted">Nog geen samenwerking met andere partners op de kaart.</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm" data-testid="tie-list">
          {mine.map(({ tie, text }) => (
            <li key={tie.id} className="flex flex-wrap items-center gap-x-1.5">
              <TieSwatch kind={tie.kind} />
              <span>{text}</span>
              {tie.note ? <span className="text-xs text-muted">({tie.note})</span> : null}
              {actions ? <RemoveTie tie={tie} text={text} remove={actions.remove} /> : null}
              {actions ? <ChangeTie key={tie.version} tie={tie} change={actions.change} /> : null}
            </li>
          ))}
        </ul>
      )}
      {actions && others.length ? (
        <form action={create} className="mt-2 space-y-2 text-sm" data-testid="tie-form">
          <input type="hidden" name="from" value={from} />
          <input type="hidden" name="to" value={to} />
          <label className="block">
            <span className="text-xs font-medium text-muted">Soort samenwerking</span>
            <select
              name="kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as TieKind)}
              className="mt-0.5 w-full rounded border border-black/15 bg-white px-2 py-1"
            >
              {TIE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {TIE_KIND_DEFINITIONS[k].label}
                </option>
              ))}
            </select>
          </label>
          {directed ? (
            <fieldset className="flex flex-wrap gap-x-3">
              <legend className="sr-only">Richting van de doorverwijzing</legend>
              <label className="inline-flex items-center gap-1">
                <input type="radio" checked={direction === 'uit'} onChange={() => setDirection('uit')} /> verwijst door naar
              </label>
              <label className="inline-flex items-center gap-1">
                <input type="radio" checked={direction === 'in'} onChange={() => setDirection('in')} /> krijgt doorverwijzingen van
              </label>
            </fieldset>
          ) : null}
          <label className="block">
            <span className="text-xs font-medium text-muted">Met welke organisatie</span>
            <select
              value={other}
              onChange={(e) => setOther(e.target.value)}
              className="mt-0.5 w-full rounded border border-black/15 bg-white px-2 py-1"
              aria-label="Werkt samen met"
            >
              <option value="">Kies een organisatie …</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-2">
            <label className="min-w-0 flex-1">
              <span className="text-xs font-medium text-muted">Notitie</span>
              <input name="note" maxLength={300} className="mt-0.5 w-full rounded border border-black/15 px-2 py-1" />
            </label>
            <label className="w-24">
              <span className="text-xs font-medium text-muted">Sinds (jaar)</span>
              <input name="since" inputMode="numeric" maxLength={4} className="mt-0.5 w-full rounded border border-black/15 px-2 py-1" />
            </label>
          </div>
          <button type="submit" disabled={pending || !other} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-50">
            {pending ? 'Opslaan …' : 'Samenwerking toevoegen'}
          </button>
          <Message state={state} />
        </form>
      ) : null}
    </section>
  );
}
