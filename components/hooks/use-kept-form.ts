'use client';

import { startTransition, useEffect, useEffectEvent, useRef, type FormEvent } from 'react';

/**
 * A form sent to a `useActionState` action that keeps what the user typed when the server
 * refuses it (a validation error, a choice still to make) and empties only after a success
 * (`succeeded`; without it, never: a form that edits stored values keeps showing them).
 * React resets an uncontrolled form after every `action` submission, also a refused one, and a
 * select then falls back to its first option, so the submission goes through `onSubmit` instead
 * (the `action` stays for pages without script).
 */
export function useKeptForm<S>(dispatch: (data: FormData) => void, state: S, succeeded: (state: S) => boolean = () => false) {
  const formRef = useRef<HTMLFormElement>(null);
  // Only a new answer of the server counts, not a new `succeeded` function.
  const resetAfterSuccess = useEffectEvent((answer: S) => {
    if (succeeded(answer)) formRef.current?.reset();
  });
  useEffect(() => resetAfterSuccess(state), [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  }
  return { formRef, onSubmit };
}
