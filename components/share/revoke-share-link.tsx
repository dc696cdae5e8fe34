'use client';
import { useActionState } from 'react';
import { IDLE_SHARE_FORM, type ShareLinkFormState } from '@/lib/domain/share/share-form-state';

/** "Intrekken" for one deellink, with the server's answer when it is refused. */
export function RevokeShareLink({ linkId, action }: { linkId: string; action: (prev: ShareLinkFormState, data: FormData) => Promise<ShareLinkFormState> }) {
  const [state, dispatch, pending] = useActionState(action, IDLE_SHARE_FORM);
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
