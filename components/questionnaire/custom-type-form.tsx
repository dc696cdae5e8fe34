'use client';

import { useActionState, useState } from 'react';
import { useOnChange } from '../hooks/use-on-change';
import type { FormAction } from './types';
import { NameAndLevelFields } from './name-and-level-fields';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** "Andere": the house adds an actor the questionnaire does not list, in this cluster. */
export function CustomTypeForm({ cluster, action }: { cluster: string; action: FormAction }) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(action, IDLE_ENTRY_STATE);
  // A saved actor closes the form (it unmounts, so it opens empty the next time).
  useOnChange(state, (answer) => {
    if (answer.status === 'saved') setOpen(false);
  });
  if (!open) {
    return (
      <div className="border-t border-black/5 px-4 py-2 sm:px-5">
        <button type="button" onClick={() => setOpen(true)} className="text-xs font-medium text-brand underline-offset-2 hover:underline">
          + Andere actor in deze cluster
        </button>
        <FormMessage look="inline" state={state} />
      </div>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2 border-t border-black/5 bg-paper px-4 py-3 sm:px-5">
      <input type="hidden" name="cluster" value={cluster} />
      <NameAndLevelFields nameLabel={'Andere actor'} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
        Toevoegen
      </button>
      <button type="button" onClick={() => setOpen(false)} className="rounded-md px-2 py-1.5 text-sm text-muted hover:bg-white">
        Annuleren
      </button>
      <FormMessage look="inline" state={state} />
    </form>
  );
}
