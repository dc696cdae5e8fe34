'use client';

import { useActionState } from 'react';
import type { FormAction } from '../questionnaire/types';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** Name and take a snapshot ("Stand januari 2027"). */
export function SnapshotForm({ action, suggestion }: { action: FormAction; suggestion: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE_ENTRY_STATE);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="block text-xs text-muted">Naam van de momentopname</span>
        <input
          name="label"
          defaultValue={suggestion}
          required
          minLength={3}
          maxLength={80}
          className="mt-0.5 w-72 max-w-full rounded border border-black/15 bg-white px-2 py-1.5"
        />
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-2 text-sm font-medium text-white disabled:opacity-60">
        Momentopname nemen
      </button>
      <div className="basis-full">
        <FormMessage look="inline" state={state} testId="snapshot-message" />
      </div>
    </form>
  );
}
