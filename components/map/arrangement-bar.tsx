'use client';

import { useState } from 'react';
import { formatDateTime } from '@/lib/domain/format-date';
import { LAYOUTS, type LayoutName } from '@/lib/domain/map/layouts';
import type { Arrangement } from './use-arrangement';

const BUTTON = 'rounded-md border px-2.5 py-1 text-sm font-medium disabled:opacity-50';
const PLAIN = `${BUTTON} border-black/15 bg-white text-ink hover:bg-brand-soft`;
const PRIMARY = `${BUTTON} border-brand bg-brand text-white hover:bg-[#0a4a4e]`;

/**
 * The house's own arrangement ("eigen schikking"): who may edit the house drags nodes and saves
 * the arrangement of this layout, or goes back to the layout's own ("standaardschikking").
 * Readers see only whether the map follows a saved arrangement.
 */
export function ArrangementBar({ arrangement, layout, canEdit }: { arrangement: Arrangement; layout: LayoutName; canEdit: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const { stored, editing, dirty, pending, result } = arrangement;
  const saved = stored.positions !== null;
  if (!canEdit && !saved) return null;
  const layoutName = LAYOUTS[layout].label.toLowerCase();
  const since = saved
    ? `Eigen schikking (${layoutName}), opgeslagen${stored.updatedBy ? ` door ${stored.updatedBy}` : ''}${stored.updatedAt ? ` op ${formatDateTime(stored.updatedAt)}` : ''}.`
    : null;
  const tone =
    result.status === 'stale'
      ? 'rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-950'
      : result.status === 'saved' || result.status === 'reset'
        ? 'text-brand'
        : 'text-[#b42318]';

  return (
    <div
      className="flex flex-auto flex-wrap items-center gap-2 px-3 py-2 text-sm print:hidden"
      data-testid="arrangement-bar"
      data-editing={editing}
      data-version={stored.version}
    >
      {editing ? (
        <>
          <span className="font-medium">Sleep actoren naar hun plaats</span>
          <span className="text-xs text-muted">(of kies er een en gebruik de pijltjestoetsen op de kaart)</span>
          <span className="flex flex-wrap gap-2 sm:ml-auto">
            <button type="button" className={PRIMARY} onClick={arrangement.save} disabled={!dirty || pending}>
              {pending ? 'Opslaan…' : 'Schikking opslaan'}
            </button>
            <button type="button" className={PLAIN} onClick={arrangement.cancel} disabled={pending}>
              Annuleren
            </button>
          </span>
        </>
      ) : (
        <>
          {since ? (
            <span className="text-xs text-muted" data-testid="arrangement-saved">
              {since}
            </span>
          ) : null}
          {canEdit ? (
            <button type="button" className={PLAIN} onClick={arrangement.start}>
              Schikking aanpassen
            </button>
          ) : null}
        </>
      )}
      {canEdit && saved && !confirming ? (
        <button type="button" className={PLAIN} onClick={() => setConfirming(true)} disabled={pending}>
          Standaardschikking herstellen
        </button>
      ) : null}
      {confirming ? (
        <span className="flex flex-wrap items-center gap-2 rounded-md bg-paper px-2 py-1" role="group" aria-label="Standaardschikking herstellen">
          <span>De eigen schikking ({layoutName}) gaat verloren.</span>
          <button
            type="button"
            className={PRIMARY}
            autoFocus
            onClick={() => {
              setConfirming(false);
              arrangement.reset();
            }}
          >
            Ja, herstellen
          </button>
          <button type="button" className={PLAIN} onClick={() => setConfirming(false)}>
            Nee
          </button>
        </span>
      ) : null}
      {result.status !== 'idle' ? (
        <p
          role={result.status === 'saved' || result.status === 'reset' ? 'status' : 'alert'}
          className={`basis-full text-xs ${tone}`}
          data-testid="arrangement-message"
          data-status={result.status}
        >
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
