'use client';

import { TIE_KIND_DEFINITIONS, TIE_KINDS, type TieKind } from '@/lib/domain/ties/tie-kinds';
import { type ActionState } from '@/lib/edge/action-state';
import type { TieOutcome } from '@/lib/domain/ties/tie';

const BUTTON = 'rounded-md border px-2.5 py-1 text-sm font-medium disabled:opacity-50';

/**
 * "Samenwerking tonen": the ties between partners as curved lines on the map, or not. It sits with
 * the level filters, so a reader's map loses no row of height to it.
 */
export function TieToggle({ count, show, onShow }: { count: number; show: boolean; onShow: (show: boolean) => void }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm print:hidden">
      <input type="checkbox" checked={show} onChange={(e) => onShow(e.target.checked)} className="size-4 accent-[#0f5e63]" data-testid="show-ties" />
      <span>Samenwerking tonen</span>
      <span className="text-xs text-muted">({count})</span>
    </label>
  );
}

interface Props {
  onShow: (show: boolean) => void;
  /** Who may edit the house can draw ties by dragging. */
  canDraw: boolean;
  drawing: boolean;
  onDrawing: (drawing: boolean) => void;
  kind: TieKind;
  onKind: (kind: TieKind) => void;
  result: ActionState<TieOutcome>;
  pending: boolean;
}

/**
 * Over the map, for who may edit the house: "Samenwerking tekenen": choose a kind, then drag from
 * one organisation to another (a doorverwijzing from who refers to who receives). The answer of
 * the save in words. Nothing for a reader.
 */
export function TieBar({ onShow, canDraw, drawing, onDrawing, kind, onKind, result, pending }: Props) {
  if (!canDraw && !pending && result.status === 'idle') return null;
  const tone = result.status === 'saved' ? 'text-brand' : 'text-[#b42318]';
  return (
    <div className="flex flex-auto flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2 text-sm print:hidden" data-testid="tie-bar" data-drawing={drawing}>
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
