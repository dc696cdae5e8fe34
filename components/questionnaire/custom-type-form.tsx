'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { IDLE_ENTRY_STATE } from '@/lib/entry-form-state';
import { LEVELS } from '@/lib/levels';
import { FormMessage } from './form-message';
import type { FormAction } from './types';

/** "Andere": the house adds an actor the questionnaire does not list, in this cluster. */
export function CustomTypeForm({ cluster, action }: { cluster: string; action: FormAction }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'saved') {
      form.current?.reset();
      setOpen(false);
    }
  }, [state]);
  if (!open) {
    return (
      <div className="border-t border-black/5 px-4 py-2 sm:px-5">
        <button type="button" onClick={() => setOpen(true)} className="text-xs font-medium text-brand underline-offset-2 hover:underline">
          + Andere actor in deze cluster
        </button>
        <FormMessage state={state} />
      </div>
    );
  }
  return (
    <form ref={form} action={formAction} className="flex flex-wrap items-end gap-2 border-t border-black/5 bg-paper px-4 py-3 sm:px-5">
      <input type="hidden" name="cluster" value={cluster} />
      <label className="text-xs">
        <span className="block text-muted">Andere actor</span>
        <input name="name" required minLength={2} maxLength={120} autoFocus className="mt-0.5 w-64 max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm" />
      </label>
      <label className="text-xs">
        <span className="block text-muted">Betrokkenheid</span>
        <select name="level" defaultValue="minimaal" className="mt-0.5 rounded border border-black/15 bg-white px-2 py-1 text-sm">
          {Object.values(LEVELS).map((l) => (
            <option key={l.code} value={l.code}>{l.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">Toevoegen</button>
      <button type="button" onClick={() => setOpen(false)} className="rounded-md px-2 py-1.5 text-sm text-muted hover:bg-white">Annuleren</button>
      <FormMessage state={state} />
    </form>
  );
}
