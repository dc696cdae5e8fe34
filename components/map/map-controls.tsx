'use client';

import type { ReactNode } from 'react';

const BUTTON = 'flex h-10 w-10 items-center justify-center rounded-md border border-black/15 bg-white text-ink shadow-sm hover:bg-brand-soft';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  fullscreen: { available: boolean; active: boolean; toggle: () => void };
}

/** Zoom in, zoom out, the whole map, and full screen: buttons over the map's top right corner. */
export function MapControls({ onZoomIn, onZoomOut, onFit, fullscreen }: Props) {
  return (
    <div
      className="absolute right-2 top-2 z-10 flex flex-col gap-1.5 print:hidden"
      role="toolbar"
      aria-label="Kaart bedienen"
      aria-orientation="vertical"
      data-testid="map-controls"
    >
      <button type="button" className={BUTTON} onClick={onZoomIn} aria-label="Inzoomen" title="Inzoomen (toets +)">
        <Icon>
          <path d="M10 4v12M4 10h12" />
        </Icon>
      </button>
      <button type="button" className={BUTTON} onClick={onZoomOut} aria-label="Uitzoomen" title="Uitzoomen (toets −)">
        <Icon>
          <path d="M4 10h12" />
        </Icon>
      </button>
      <button type="button" className={BUTTON} onClick={onFit} aria-label="Hele kaart in beeld" title="Hele kaart in beeld (toets 0)">
        <Icon>
          <rect x="3" y="5" width="14" height="10" rx="2" strokeDasharray="2.5 2" />
          <circle cx="10" cy="10" r="2" fill="currentColor" stroke="none" />
        </Icon>
      </button>
      {fullscreen.available ? (
        <button
          type="button"
          className={BUTTON}
          onClick={fullscreen.toggle}
          aria-label={fullscreen.active ? 'Volledig scherm sluiten' : 'Volledig scherm'}
          aria-pressed={fullscreen.active}
          title={fullscreen.active ? 'Volledig scherm sluiten (Esc)' : 'Volledig scherm'}
        >
          <Icon>{fullscreen.active ? <path d="M7 3v4H3M13 3v4h4M17 13h-4v4M3 13h4v4" /> : <path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" />}</Icon>
        </button>
      ) : null}
    </div>
  );
}
