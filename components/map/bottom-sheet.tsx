'use client';

import { useEffect, type ReactNode } from 'react';

/**
 * A panel over the bottom of a phone's screen, for the details of what was tapped on the map: in
 * view without scrolling, the map still visible above it. Escape and the close button close it;
 * whoever opens it moves the focus into it.
 */
export function BottomSheet({ labelledBy, onClose, children }: { labelledBy: string; onClose: () => void; children: ReactNode }) {
  useEffect(() => {
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', key);
    return () => document.removeEventListener('keydown', key);
  }, [onClose]);
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={labelledBy}
      data-testid="bottom-sheet"
      className="fixed inset-x-0 bottom-0 z-40 max-h-[58svh] overflow-y-auto rounded-t-2xl border-t border-black/10 bg-white p-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] shadow-[0_-8px_24px_rgba(0,0,0,0.18)] lg:hidden"
    >
      <div className="mx-auto mb-1 h-1.5 w-10 rounded-full bg-black/20" aria-hidden="true" />
      {children}
    </div>
  );
}
