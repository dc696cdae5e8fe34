'use client';

import { useActionState } from 'react';
import { joinWorkshopAction } from '@/app/workshop/actions';
import { IDLE_STATE } from '@/lib/edge/action-state';

/** Code + display name, big enough for a thumb; errors in Dutch beside the field. */
export function JoinForm({ code }: { code?: string }) {
  const [state, action, pending] = useActionState(joinWorkshopAction, {
    ...{ ...IDLE_STATE, values: { code: '', name: '' } },
    values: { code: code ?? '', name: '' },
  });
  return (
    <form action={action} className="space-y-5 rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7" noValidate>
      {state.message ? (
        <p role="alert" data-testid="join-message" className="rounded-lg border border-accent/40 bg-accent/10 px-3 py-2 text-accent">
          {state.message}
        </p>
      ) : null}
      <Field
        label="Code van de workshop"
        name="code"
        hint="6 tekens, staat op het grote scherm"
        defaultValue={state.values.code}
        errors={state.fieldErrors.code}
        inputProps={{
          autoCapitalize: 'characters',
          autoComplete: 'off',
          spellCheck: false,
          maxLength: 9,
          className: 'font-mono text-2xl uppercase tracking-[0.3em]',
        }}
      />
      <Field
        label="Uw naam"
        name="name"
        hint="Zo ziet iedereen van wie een voorstel komt"
        defaultValue={state.values.name}
        errors={state.fieldErrors.name}
        inputProps={{ autoComplete: 'given-name', maxLength: 40, className: 'text-lg' }}
      />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-xl bg-brand px-4 py-3.5 text-lg font-semibold text-white hover:bg-brand/90 disabled:opacity-60"
      >
        {pending ? 'Even geduld …' : 'Doe mee'}
      </button>
      <p className="text-sm text-muted">U hebt geen account nodig. Uw naam en voorstellen zijn alleen zichtbaar in deze workshop.</p>
    </form>
  );
}

function Field({
  label,
  name,
  hint,
  defaultValue,
  errors,
  inputProps,
}: {
  label: string;
  name: string;
  hint: string;
  defaultValue: string;
  errors?: string[];
  inputProps: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  const { className, ...rest } = inputProps;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <p id={`${name}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <input
        id={name}
        name={name}
        defaultValue={defaultValue}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-fout` : `${name}-hint`}
        className={`mt-1.5 w-full rounded-xl border border-black/20 px-3 py-3 aria-[invalid]:border-accent ${className ?? ''}`}
        {...rest}
      />
      {errors?.length ? (
        <p id={`${name}-fout`} className="mt-1 text-accent">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}
