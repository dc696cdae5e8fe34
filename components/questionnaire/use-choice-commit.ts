'use client';

import { useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

/** Keys that move a radio group's or a closed select's choice without saying "this one". */
const MOVE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * One choice, one save: a control that saves on change (the questionnaire's level radios and
 * selects) would save on every arrow key, each a write and a history entry. Here a pointer choice
 * saves at once; a choice moved with the keyboard is a draft until Enter or Space, or until
 * focus leaves the control, and is then saved once. Escape drops the draft.
 *
 * The draft is the hook's own state, so a save that completes meanwhile (and brings the page's
 * new data) never moves the choice the user is making. The browser changes the value during the
 * keydown's default action, so the flag set on keydown is still up when that key's change event
 * arrives, and is cleared right after.
 */
export function useChoiceCommit<T>({ saved, commit }: { saved: T; commit: (value: T) => void }) {
  const movedByKey = useRef(false);
  const draftRef = useRef<{ value: T } | null>(null);
  const [draft, setDraftState] = useState<{ value: T } | null>(null);
  const setDraft = (next: { value: T } | null) => {
    draftRef.current = next;
    setDraftState(next);
  };
  const commitDraft = () => {
    const pending = draftRef.current;
    setDraft(null);
    if (pending && pending.value !== saved) commit(pending.value);
  };

  return {
    /** The keyboard choice waiting to be saved, or null. */
    draft,
    /** Call from the control's change handler with the new value. */
    changed(value: T) {
      setDraft({ value });
      if (!movedByKey.current) commitDraft();
    },
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (MOVE_KEYS.has(event.key)) {
        movedByKey.current = true;
        setTimeout(() => {
          movedByKey.current = false;
        }, 0);
      } else if (event.key === 'Enter' || (event.key === ' ' && draftRef.current)) {
        // Enter would submit the form by itself (implicit submission): save once, here.
        event.preventDefault();
        commitDraft();
      } else if (event.key === 'Escape' && draftRef.current) {
        setDraft(null);
      }
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      commitDraft();
    },
  };
}
