'use client';

import { useActionState, useRef } from 'react';
import { signIn } from '@/app/aanmelden/actions';
import { IDLE_STATE } from '@/lib/edge/action-state';

export interface DemoChoice {
  email: string;
  label: string;
  detail: string;
}

/** The login form; in demo mode a list of demo accounts fills it with one click. */
export function LoginForm({ returnTo, demoPassword, demoAccounts }: { returnTo?: string; demoPassword?: string; demoAccounts?: DemoChoice[] }) {
  const [state, action, pending] = useActionState(signIn, { ...IDLE_STATE, email: '' });
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function chooseDemo(email: string) {
    if (emailRef.current) emailRef.current.value = email;
    if (passwordRef.current && demoPassword) passwordRef.current.value = demoPassword;
    passwordRef.current?.form?.requestSubmit();
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] lg:items-start">
      <form action={action} className="rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7" noValidate>
        <input type="hidden" name="returnTo" value={returnTo ?? ''} />
        {state.message ? (
          <p role="alert" className="mb-4 rounded-lg border border-accent/40 bg-accent/10 px-3 py-2 text-sm text-accent">
            {state.message}
          </p>
        ) : null}
        <Field
          label="E-mailadres"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          errors={state.fieldErrors.email}
          inputRef={emailRef}
        />
        <Field label="Wachtwoord" name="password" type="password" autoComplete="current-password" errors={state.fieldErrors.password} inputRef={passwordRef} />
        <button
          type="submit"
          disabled={pending}
          className="mt-2 w-full rounded-lg bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand/90 disabled:opacity-60"
        >
          {pending ? 'Bezig met aanmelden …' : 'Aanmelden'}
        </button>
        <p className="mt-4 text-sm text-muted">Nog geen account? De beheerder van Netwerkkaart maakt er een voor u aan.</p>
      </form>

      {demoAccounts?.length ? (
        <section aria-labelledby="demo-accounts" className="rounded-2xl border border-dashed border-brand/40 bg-brand-soft/40 p-5 sm:p-7">
          <h2 id="demo-accounts" className="text-lg font-semibold">
            Demo-accounts
          </h2>
          <p className="mt-1 text-sm text-muted">
            Deze databank draait in demomodus met fictieve huizen. Alle demo-accounts hebben het wachtwoord{' '}
            <code className="rounded bg-white px-1.5 py-0.5 text-ink">{demoPassword}</code>.
          </p>
          <ul className="mt-4 divide-y divide-black/10 rounded-xl border border-black/10 bg-white" aria-label="Demo-accounts">
            {demoAccounts.map((account) => (
              <li key={account.email} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
                <span className="min-w-0">
                  <span className="block font-medium">{account.label}</span>
                  <span className="block truncate text-sm text-muted">{account.detail}</span>
                  <span className="block break-all text-xs text-muted">{account.email}</span>
                </span>
                <button
                  type="button"
                  onClick={() => chooseDemo(account.email)}
                  className="shrink-0 rounded-lg border border-brand px-3 py-1.5 text-sm font-semibold text-brand hover:bg-brand-soft"
                >
                  Aanmelden als {account.label}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Field({
  inputRef,
  ...props
}: {
  label: string;
  name: string;
  type: string;
  autoComplete: string;
  defaultValue?: string;
  errors?: string[];
  inputRef: React.RefObject<HTMLInputElement | null>;
}) {
  const errorId = `${props.name}-fout`;
  return (
    <div className="mb-4">
      <label htmlFor={props.name} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      <input
        ref={inputRef}
        id={props.name}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        defaultValue={props.defaultValue}
        required
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={props.errors?.length ? errorId : undefined}
        className="w-full rounded-lg border border-black/20 px-3 py-2 aria-[invalid]:border-accent"
      />
      {props.errors?.length ? (
        <p id={errorId} className="mt-1 text-sm text-accent">
          {props.errors[0]}
        </p>
      ) : null}
    </div>
  );
}
