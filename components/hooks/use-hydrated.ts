'use client';
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while the server renders the page and during hydration, true in the browser after it:
 * for parts that the browser builds from data the page already carries, instead of the server
 * sending them twice (once as data, once as markup).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
