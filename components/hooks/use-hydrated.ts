'use client';
import { startTransition, useEffect, useState } from 'react';

/**
 * False while the server renders the page and during hydration, true in the browser after it:
 * for parts that the browser builds from data the page already carries, instead of the server
 * sending them twice (once as data, once as markup). The switch is a transition, so what it
 * builds (a long table) is made in short slices and the page answers meanwhile, instead of in
 * one long task right after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
