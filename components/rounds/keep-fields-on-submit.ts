'use client';

import { startTransition, type FormEvent } from 'react';

/**
 * React resets a `<form action={…}>` after its action ran, which empties what the user typed and
 * puts every select back on its first option, also when the server refused and asked to correct
 * one field. Submitting through this handler runs the same action without that reset; without
 * JavaScript the form still posts to the action.
 */
export function keepFieldsOnSubmit(action: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}
