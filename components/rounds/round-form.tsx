'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { keepFieldsOnSubmit } from './keep-fields-on-submit';
import { ROUND_ANSWERS, roundAnswerLabel, type RoundAnswer } from '@/lib/domain/rounds/round-answer';
import { EXTRA_ROWS, type ExtraRow, type RoundFormRow } from '@/lib/domain/rounds/round-form';
import { LEVELS } from '@/lib/domain/levels';
import { IDLE_STATE, succeeded, type ActionState } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

interface Props {
  rows: RoundFormRow[];
  extras: ExtraRow[];
  /** The form is prefilled from the house's last submission (else from its map). */
  fromSubmission: boolean;
  submitted: boolean;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}

const selectClass = 'w-full rounded-lg border border-black/20 bg-white px-2 py-1.5 text-sm aria-[invalid]:border-accent aria-[invalid]:bg-accent/5 sm:w-64';

/**
 * Question 4 of a survey round: a choice per actor type (the seven answers or "Geen antwoord"),
 * kept in state so a refused submission keeps every choice; what is still open is counted as the
 * coordinator goes and named by the server when they submit anyway.
 */
export function RoundForm({ rows, extras, fromSubmission, submitted, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(rows.filter((r) => !r.derived).map((r) => [r.code, r.value ?? ''])));
  const [free, setFree] = useState(() =>
    Array.from({ length: EXTRA_ROWS }, (_, i) => ({ name: extras[i]?.name ?? '', value: (extras[i]?.value ?? '') as string })),
  );
  const open = rows.filter((r) => !r.derived && !values[r.code]).length;
  const form = useRef<HTMLFormElement>(null);
  // A refused submission: the first row the server named gets the focus (and comes into view).
  useEffect(() => {
    if (succeeded(state) || !state.message) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const question4 = rows.filter((r) => r.section === 'vraag-4');
  const own = rows.filter((r) => r.section === 'andere');

  const rowView = (row: RoundFormRow) => {
    const field = `antwoord.${row.code}`;
    const error = state.fieldErrors[field]?.[0];
    const value = values[row.code] ?? '';
    const differs = !row.derived && value && value !== (row.mapLevel ?? 'geen_antwoord') && row.mapLevel !== null;
    return (
      <li key={row.code} className="flex flex-col gap-1.5 border-b border-black/5 py-2.5 sm:flex-row sm:items-center sm:gap-4" data-round-row={row.code}>
        <div className="min-w-0 flex-1">
          <label htmlFor={`ronde-${row.code}`} className="text-sm font-medium">
            {row.name}
            {row.mandatory ? (
              <span className="ml-1 text-xs font-semibold text-accent" title="verplicht aan te sluiten">
                ●<span className="sr-only"> verplicht aan te sluiten</span>
              </span>
            ) : null}
          </label>
          {row.derived ? (
            <p className="text-xs text-muted">
              Volgt uit uw organisaties op de kaart: {row.organisations.map((o) => `${o.name} (${LEVELS[o.level].label.toLowerCase()})`).join(', ')}. Wijzig ze
              op de kaart.
            </p>
          ) : differs ? (
            <p className="text-xs text-muted">Op de kaart: {row.mapLevel ? LEVELS[row.mapLevel].label : 'geen antwoord'}</p>
          ) : null}
          {error ? (
            <p id={`ronde-${row.code}-fout`} className="text-xs font-medium text-accent">
              {error}
            </p>
          ) : null}
        </div>
        {row.derived ? (
          <p id={`ronde-${row.code}`} className="text-sm font-semibold sm:w-64">
            {row.mapLevel ? LEVELS[row.mapLevel].label : 'Geen antwoord'}
          </p>
        ) : (
          <select
            id={`ronde-${row.code}`}
            name={field}
            value={value}
            onChange={(e) => setValues((v) => ({ ...v, [row.code]: e.target.value }))}
            className={selectClass}
            {...(error ? { 'aria-invalid': true as const, 'aria-describedby': `ronde-${row.code}-fout` } : {})}
          >
            <option value="">Kies een antwoord</option>
            {ROUND_ANSWERS.map((answer) => (
              <option key={answer} value={answer}>
                {roundAnswerLabel(answer as RoundAnswer)}
              </option>
            ))}
          </select>
        )}
      </li>
    );
  };

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={keepFieldsOnSubmit(formAction)}
      noValidate
      className="rounded-xl border border-black/10 bg-white p-4 sm:p-5"
      aria-label="Vraag 4: betrokkenheid per actor"
    >
      <p className="text-sm">
        Geef voor elke soort actor aan hoe sterk die bij uw Huis van het Kind betrokken is, zoals in vraag 4 van de bevraging van 2016. Het formulier staat
        ingevuld met {fromSubmission ? 'uw laatst ingediende antwoord' : 'de antwoorden op uw kaart'}. Kies ‘Geen antwoord’ voor een actor die u bewust niet
        beantwoordt. Uw kaart zelf verandert hierdoor niet.
      </p>
      <p
        className="sticky top-0 z-10 -mx-4 mt-3 border-y border-black/10 bg-white/95 px-4 py-2 text-sm font-medium sm:-mx-5 sm:px-5"
        aria-live="polite"
        data-testid="round-open-count"
      >
        {open === 0 ? `Elke actor heeft een antwoord (${rows.length}).` : `Nog te beantwoorden: ${open} van ${rows.length} actoren.`}
      </p>

      <h3 className="mt-5 font-semibold">Vraag 4: de 52 actoren van de vragenlijst</h3>
      <ul className="mt-1">{question4.map(rowView)}</ul>

      <h3 className="mt-6 font-semibold">Andere</h3>
      <p className="text-sm text-muted">
        Actoren die u zelf aan uw kaart toevoegde, en wie u hier nog wilt noemen (zoals de vier open regels van de vragenlijst).
      </p>
      {own.length ? <ul className="mt-1">{own.map(rowView)}</ul> : null}
      <ul className="mt-1">
        {free.map((row, i) => {
          const n = i + 1;
          const nameError = state.fieldErrors[`andere.${n}.naam`]?.[0];
          const answerError = state.fieldErrors[`andere.${n}.antwoord`]?.[0];
          return (
            <li key={n} className="flex flex-col gap-1.5 border-b border-black/5 py-2.5 sm:flex-row sm:items-start sm:gap-4">
              <div className="min-w-0 flex-1">
                <label htmlFor={`andere-${n}-naam`} className="sr-only">
                  Andere actor {n}: naam
                </label>
                <input
                  id={`andere-${n}-naam`}
                  name={`andere.${n}.naam`}
                  value={row.name}
                  maxLength={80}
                  placeholder={`Andere actor ${n} (naam)`}
                  onChange={(e) => setFree((rows) => rows.map((r, j) => (j === i ? { ...r, name: e.target.value } : r)))}
                  className="w-full rounded-lg border border-black/20 px-2 py-1.5 text-sm aria-[invalid]:border-accent"
                  {...(nameError ? { 'aria-invalid': true as const } : {})}
                />
                {nameError || answerError ? <p className="text-xs font-medium text-accent">{nameError ?? answerError}</p> : null}
              </div>
              <label htmlFor={`andere-${n}-antwoord`} className="sr-only">
                Andere actor {n}: antwoord
              </label>
              <select
                id={`andere-${n}-antwoord`}
                name={`andere.${n}.antwoord`}
                value={row.value}
                onChange={(e) => setFree((rows) => rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))}
                className={selectClass}
                {...(answerError ? { 'aria-invalid': true as const } : {})}
              >
                <option value="">Kies een antwoord</option>
                {ROUND_ANSWERS.map((answer) => (
                  <option key={answer} value={answer}>
                    {roundAnswerLabel(answer as RoundAnswer)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>

      <div className="mt-5 flex flex-col gap-3 sm:flex-row sm:items-center">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand/90 disabled:opacity-60"
        >
          {pending ? 'Bezig met indienen …' : submitted ? 'Opnieuw indienen' : 'Netwerk bevestigen en indienen'}
        </button>
        {submitted ? <p className="text-xs text-muted">Opnieuw indienen vervangt uw vorige antwoord.</p> : null}
      </div>
      <div className="mt-3">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
