'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { HouseNetwork } from '@/lib/domain/house-network';
import type { QuestionnaireActions } from './types';
import { IDLE_ENTRY_STATE } from '@/lib/edge/action-state';
import { FormMessage } from '@/components/form-message';

/** The forums the house takes part in, with their members among its organisations. */
export function ForumsEditor({ network, actions, canEdit }: { network: HouseNetwork; actions: QuestionnaireActions; canEdit: boolean }) {
  const [state, formAction, pending] = useActionState(actions.addForum, IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'saved') form.current?.reset();
  }, [state]);
  return (
    <section id="overleggen" aria-labelledby="overleggen-titel" className="scroll-mt-4 rounded-xl border border-black/10 bg-white">
      <header className="border-b border-black/10 px-4 py-3 sm:px-5">
        <h2 id="overleggen-titel" className="text-lg font-semibold">
          Overleggen
        </h2>
        <p className="text-sm text-muted">
          Een indirecte band loopt via een overleg: het huis zit in het overleg, de actor ook. Kies bij een benoemde organisatie met betrokkenheid ‘indirect’
          via welk overleg.
        </p>
      </header>
      {network.forums.length === 0 ? <p className="px-4 py-3 text-sm text-muted sm:px-5">Het huis neemt nog aan geen overleg deel.</p> : null}
      <ul className="divide-y divide-black/5">
        {network.forums.map((forum) => (
          <li key={forum.id} className="px-4 py-3 sm:px-5" data-forum={forum.id}>
            <p className="font-medium">
              {forum.name}
              {forum.regional ? <span className="ml-1 text-xs text-muted">(regionaal)</span> : null}
            </p>
            {network.actors.length ? (
              <fieldset className="mt-1">
                <legend className="text-xs text-muted">Leden onder de benoemde organisaties</legend>
                <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                  {network.actors.map((actor) => (
                    <MemberToggle
                      key={actor.id}
                      forumId={forum.id}
                      actorId={actor.id}
                      name={actor.name}
                      member={forum.members.includes(actor.id)}
                      action={actions.setMembership}
                      canEdit={canEdit}
                    />
                  ))}
                </ul>
              </fieldset>
            ) : (
              <p className="text-xs text-muted">Benoem eerst organisaties om ze aan dit overleg te koppelen.</p>
            )}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <form ref={form} action={formAction} className="flex flex-wrap items-end gap-2 border-t border-black/5 bg-paper px-4 py-3 sm:px-5">
          <label className="text-xs">
            <span className="block text-muted">Nieuw overleg (bv. Scholenoverleg)</span>
            <input
              name="name"
              required
              minLength={2}
              maxLength={120}
              className="mt-0.5 w-64 max-w-full rounded border border-black/15 bg-white px-2 py-1 text-sm"
            />
          </label>
          <button type="submit" disabled={pending} className="rounded-md bg-brand px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
            Overleg toevoegen
          </button>
          <FormMessage look="inline" state={state} />
        </form>
      ) : null}
    </section>
  );
}

function MemberToggle({
  forumId,
  actorId,
  name,
  member,
  action,
  canEdit,
}: {
  forumId: string;
  actorId: string;
  name: string;
  member: boolean;
  action: QuestionnaireActions['setMembership'];
  canEdit: boolean;
}) {
  const [, formAction] = useActionState(action, IDLE_ENTRY_STATE);
  const form = useRef<HTMLFormElement>(null);
  return (
    <li>
      <form ref={form} action={formAction}>
        <input type="hidden" name="forumId" value={forumId} />
        <input type="hidden" name="actorId" value={actorId} />
        <input type="hidden" name="member" value={member ? 'nee' : 'ja'} />
        <label className="inline-flex items-center gap-1 text-sm">
          <input type="checkbox" checked={member} disabled={!canEdit} onChange={() => form.current?.requestSubmit()} className="accent-[#0f5e63]" />
          {name}
        </label>
      </form>
    </li>
  );
}
