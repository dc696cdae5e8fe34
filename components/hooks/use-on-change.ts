'use client';

import { useState } from 'react';

/**
 * Runs `onChange` while rendering when `value` differs from the one of the previous render: React's
 * "adjusting some state when a prop changes" (react.dev, You Might Not Need an Effect). Used where a
 * newer value from the server, or a new answer of an action, replaces what a form shows; an effect
 * would first paint the old value and then render again.
 */
export function useOnChange<T>(value: T, onChange: (value: T) => void): void {
  const [last, setLast] = useState(value);
  if (!Object.is(last, value)) {
    setLast(value);
    onChange(value);
  }
}
