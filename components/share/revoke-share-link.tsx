'use client';
import { useActionState } from 'react';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';
import type { ShareLinkOutcome } from '@/lib/domain/share/share-link';

/** "Intrekken" for one deellink, with the server's answer when it is refused. */
export function RevokeShareLink({
  linkId,
  action,
}: {
  linkId: string;
  action: (prev: ActionState<ShareLinkOutcome>, data: FormData) => Promise<ActionState<ShareLinkOutcome>>;
}) {
  const [state, dispatch, pending] = useActionState(action, { ...IDLE_STATE, token: null, stamp: 0 });
  return (
    <form action={dispatch} className="ml-auto flex items-center gap-2">
      <input type="hidden" name="linkId" value={linkId} />
      {state.status === 'error' ? (
        <span role="alert" className="text-xs text-[#b42318]">
          {state.message}
        </span>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-[#b42318]/40 px-2.5 py-1 text-[#b42318] hover:bg-[#fdecea] disabled:opacity-60"
      >
        Intrekken
      </button>
    </form>
  );
}
