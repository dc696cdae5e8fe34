import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/edge/action-state';

/** Small shared pieces of the admin forms: a labelled field, its error, the form's message. */
export function FormField({ label, name, errors, hint, children }: { label: string; name: string; errors?: string[]; hint?: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <label htmlFor={name} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? <p className="mt-1 text-xs text-muted">{hint}</p> : null}
      {errors?.length ? (
        <p id={`${name}-fout`} className="mt-1 text-sm text-accent">
          {errors[0]}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass = 'w-full rounded-lg border border-black/20 bg-white px-3 py-2 text-sm aria-[invalid]:border-accent';
export const buttonClass = 'rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 disabled:opacity-60';

export function invalidProps(name: string, state: ActionState) {
  const errors = state.fieldErrors[name];
  return errors?.length ? { 'aria-invalid': true as const, 'aria-describedby': `${name}-fout` } : {};
}
