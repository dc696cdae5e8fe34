'use client';

import { useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** Keys that move a radio group's or a closed select's choice without saying "this one". */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * One choice, one save: a control that saves on change (the questionnaire's level radios and
 * selects) would save on every arrow key, each a write and a history entry. Here a pointer choice
 * saves at once; a choice moved with the keyboard waits until Enter or Space, or until focus
 * leaves the control, and then saves once. Escape goes back to the saved value.
 *
 * The browser changes the value during the keydown's default action, so the flag set on
 * keydown is still up when the change event for that key arrives, and is cleared right after.
 */
export function useChoiceCommit<T>({ saved, commit, revert }: { saved: T; commit: (value: T) => void; revert: (value: T) => void }) {
  const movedByKey = useRef(false);
  const draft = useRef<{ value: T } | null>(null);

  const commitDraft = () => {
    const pending = draft.current;
    draft.current = null;
    if (pending && pending.value !== saved) commit(pending.value);
  };

  return {
    /** Call from the control's change handler with the new value. */
    changed(value: T) {
      if (movedByKey.current) {
        draft.current = { value };
        return;
      }
      draft.current = { value };
      commitDraft();
    },
    /** True while a keyboard choice waits to be saved. */
    pending: () => draft.current !== null,
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (MOVE_KEYS.has(event.key)) {
        movedByKey.current = true;
        setTimeout(() => { movedByKey.current = false; }, 0);
      } else if (event.key === 'Enter' || (event.key === ' ' && draft.current)) {
        // Enter would submit the form by itself (implicit submission): save once, here.
        if (event.key === 'Enter' || draft.current) event.preventDefault();
        commitDraft();
      } else if (event.key === 'Escape' && draft.current) {
        draft.current = null;
        revert(saved);
      }
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      commitDraft();
    },
  };
}
