'use client';

import { startTransition, useEffect, useRef, type FormEvent } from 'react';

/**
 * A form sent to a `useActionState` action that keeps what the user typed when the server
 * refuses it (a validation error, a choice still to make) and empties only after a success
 * (`succeeded`; without it, never: a form that edits stored values keeps showing them).
 * React resets an uncontrolled form after every `action` submission, also a refused one, and a
 * select then falls back to its first option, so the submission goes through `onSubmit` instead
 * (the `action` stays for pages without script).
 */
export function useKeptForm<S>(dispatch: (data: FormData) => void, state: S, succeeded: (state: S) => boolean = () => false) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Only a new answer of the server counts, not a new `succeeded` function.
    if (succeeded(state)) ref.current?.reset();
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }
  return { ref, onSubmit };
}
