'use client';

import type { Core } from 'cytoscape';
import { startTransition, useActionState, useCallback, useEffect, useState } from 'react';
import { roundPositions, type ArrangementView, type HouseArrangements, type ArrangementOutcome } from '@/lib/domain/arrangement';
import type { LayoutName, Positions } from '@/lib/domain/map/layouts';
import type { MapCanvasHandle } from './house-map-canvas';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';

type State = ActionState<ArrangementOutcome>;

export type ArrangementAction = (prev: State, formData: FormData) => Promise<State>;

export interface ArrangementActions {
  save: ArrangementAction;
  reset: ArrangementAction;
}

/** Where every node (not a cluster box) stands now: what a save stores. */
function currentPositions(cy: Core): Positions {
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    if (!node.isParent()) positions[node.id()] = { ...node.position() };
  });
  return roundPositions(positions);
}

export interface Arrangement {
  /** What the canvas draws: the positions being edited, else the saved ones, else null (the layout's own). */
  positions: Positions | null;
  /** The stored arrangement of the current layout. */
  stored: ArrangementView;
  editing: boolean;
  /** Nodes were moved and not saved yet. */
  dirty: boolean;
  pending: boolean;
  /** The last answer of a save or reset. */
  result: State;
  start: () => void;
  cancel: () => void;
  save: () => void;
  reset: () => void;
  /** Moves one node by (dx, dy) model units while editing (the keyboard's way to drag). */
  nudge: (nodeId: string, dx: number, dy: number) => void;
}

/**
 * The house's own arrangement of its map, per layout: the saved one (from the page, then from
 * each answer), the positions being dragged (per layout, until saved or cancelled), and the
 * save and reset actions. Dragging is switched on in `cy` only while editing. `canvasRef` is the
 * canvas's handle (a ref: its `cy` is read in effects and callbacks, never while rendering).
 */
export function useArrangement(
  layout: LayoutName,
  initial: HouseArrangements,
  canvasRef: React.RefObject<MapCanvasHandle>,
  actions: ArrangementActions | null,
): Arrangement {
  const [stored, setStored] = useState(initial);
  const [drafts, setDrafts] = useState<Partial<Record<LayoutName, Positions>>>({});
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<State>({ ...IDLE_STATE, current: null });

  const settle = useCallback((answer: State) => {
    setResult(answer);
    const current = answer.current;
    if (!current) return;
    setStored((all) => ({ ...all, [current.layout]: current }));
    // Saved, reset or refused as stale: the map shows what is stored now.
    setDrafts(({ [current.layout]: _gone, ...rest }) => rest);
    if (answer.status !== 'stale') setEditing(false);
  }, []);

  const [, saveDispatch, saving] = useActionState(
    async (prev: State, form: FormData) => {
      const answer = await actions!.save(prev, form);
      settle(answer);
      return answer;
    },
    { ...IDLE_STATE, current: null },
  );
  const [, resetDispatch, resetting] = useActionState(
    async (prev: State, form: FormData) => {
      const answer = await actions!.reset(prev, form);
      settle(answer);
      return answer;
    },
    { ...IDLE_STATE, current: null },
  );

  useEffect(() => {
    const cy = canvasRef.current.cy;
    if (!cy || !editing) return;
    cy.autoungrabify(false);
    const dropped = () => setDrafts((all) => ({ ...all, [layout]: currentPositions(cy) }));
    cy.on('dragfree', 'node', dropped);
    return () => {
      cy.removeListener('dragfree', 'node', dropped);
      cy.autoungrabify(true);
    };
  }, [editing, layout, canvasRef]);

  const draft = drafts[layout] ?? null;
  const current = stored[layout];

  const save = useCallback(() => {
    const cy = canvasRef.current.cy;
    if (!cy || !actions) return;
    const form = new FormData();
    form.set('layout', layout);
    form.set('version', String(current.version));
    form.set('positions', JSON.stringify(currentPositions(cy)));
    startTransition(() => saveDispatch(form));
  }, [actions, current.version, canvasRef, layout, saveDispatch]);

  const reset = useCallback(() => {
    if (!actions) return;
    const form = new FormData();
    form.set('layout', layout);
    form.set('version', String(current.version));
    startTransition(() => resetDispatch(form));
  }, [actions, current.version, layout, resetDispatch]);

  const nudge = useCallback(
    (nodeId: string, dx: number, dy: number) => {
      const cy = canvasRef.current.cy;
      const node = cy?.getElementById(nodeId);
      if (!cy || !node || node.empty() || !editing) return;
      const targets = node.isParent() ? node.descendants() : node;
      targets.forEach((n) => {
        n.position({ x: n.position().x + dx, y: n.position().y + dy });
      });
      setDrafts((all) => ({ ...all, [layout]: currentPositions(cy) }));
    },
    [editing, canvasRef, layout],
  );

  return {
    positions: draft ?? current.positions,
    stored: current,
    editing,
    dirty: draft !== null,
    pending: saving || resetting,
    result,
    start: useCallback(() => {
      setResult({ ...IDLE_STATE, current: null });
      setEditing(true);
    }, []),
    cancel: useCallback(() => {
      setDrafts(({ [layout]: _gone, ...rest }) => rest);
      setEditing(false);
    }, [layout]),
    save,
    reset,
    nudge,
  };
}
