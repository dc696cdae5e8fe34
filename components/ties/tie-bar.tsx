'use client';

import type { TieFormState } from '@/lib/domain/ties/tie-form-state';
import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from '@/lib/domain/ties/tie-kinds';

const BUTTON = 'rounded-md border px-2.5 py-1 text-sm font-medium disabled:opacity-50';

interface Props {
  /** Ties on the house's map (drawn or not). */
  count: number;
  show: boolean;
  onShow: (show: boolean) => void;
  /** Who may edit the house can draw ties by dragging. */
  canDraw: boolean;
  drawing: boolean;
  onDrawing: (drawing: boolean) => void;
  kind: TieKind;
  onKind: (kind: TieKind) => void;
  result: TieFormState;
  pending: boolean;
}

/**
 * Over the map: "Samenwerking tonen" (the ties between partners as curved lines, or not), and for
 * who may edit the house "Samenwerking tekenen": choose a kind, then drag from one organisation to
 * another (a doorverwijzing from who refers to who receives). The answer of the save in words.
 */
export function TieBar({ count, show, onShow, canDraw, drawing, onDrawing, kind, onKind, result, pending }: Props) {
  const tone = result.status === 'saved' ? 'text-brand' : 'text-[#b42318]';
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-black/10 bg-white px-3 py-2 text-sm print:hidden"
      data-testid="tie-bar"
      data-drawing={drawing}
    >
      <label className="inline-flex items-center gap-2">
        <input type="checkbox" checked={show} onChange={(e) => onShow(e.target.checked)} className="size-4" data-testid="show-ties" />
        <span>Samenwerking tonen</span>
        <span className="text-xs text-muted">({count})</span>
      </label>
      {canDraw ? (
        drawing ? (
          <>
            <label className="inline-flex items-center gap-2">
              <span className="sr-only">Soort samenwerking om te tekenen</span>
              <select
                value={kind}
                onChange={(e) => onKind(e.target.value as TieKind)}
                className="rounded border border-black/15 bg-white px-2 py-1"
                data-testid="draw-kind"
              >
                {TIE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {TIE_KIND_DEFINITIONS[k].label}
                  </option>
                ))}
              </select>
            </label>
            <span className="text-xs text-muted">
              Sleep van de ene organisatie naar de andere{TIE_KIND_DEFINITIONS[kind].directed ? ' (van wie doorverwijst naar wie ontvangt)' : ''}.
            </span>
            <button type="button" className={`${BUTTON} border-black/15 bg-white hover:bg-brand-soft sm:ml-auto`} onClick={() => onDrawing(false)}>
              Klaar met tekenen
            </button>
          </>
        ) : (
          <button
            type="button"
            className={`${BUTTON} border-brand text-brand hover:bg-brand-soft`}
            onClick={() => {
              onShow(true);
              onDrawing(true);
            }}
            data-testid="draw-ties"
          >
            Samenwerking tekenen
          </button>
        )
      ) : null}
      {pending ? <span className="text-xs text-muted">Opslaan…</span> : null}
      {!pending && result.status !== 'idle' ? (
        <span
          role={result.status === 'saved' ? 'status' : 'alert'}
          className={`basis-full text-xs ${tone}`}
          data-testid="tie-bar-message"
          data-status={result.status}
        >
          {result.message}
        </span>
      ) : null}
    </div>
  );
}
