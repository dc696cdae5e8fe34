'use client';

import { useEffect } from 'react';
import { DRAWN_LATER } from './drawn-later';

/**
 * A long page's sections marked DRAWN_LATER skip style and layout on load, so the page answers at
 * once; then, one per idle moment, each is drawn for good. Without this, a section the reader has
 * not scrolled to would stay blank in a full-page screenshot or "save as image", and find-in-page
 * would jump to estimated places. One section per idle callback keeps every task short.
 */
export function DrawWhenIdle() {
  useEffect(() => {
    const waiting = [...document.querySelectorAll<HTMLElement>(`.${DRAWN_LATER}:not([data-drawn])`)];
    let handle = 0;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const next = () => {
      const section = waiting.shift();
      if (!section) return;
      section.dataset.drawn = '';
      handle = idle(next, { timeout: 2000 });
    };
    handle = idle(next, { timeout: 2000 });
    return () => cancel(handle);
  }, []);
  return null;
}
