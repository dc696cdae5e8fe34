import { LAYOUT_NAMES, type LayoutName, type Positions } from './map/layouts';

/**
 * A house's own arrangement of its map ("eigen schikking"): positions a coordinator or facilitator
 * dragged the nodes to, saved per house and per layout. Nodes it does not name (added after it was
 * saved) keep the layout's own position; nodes it names that are gone are ignored.
 */
export interface ArrangementView {
  layout: LayoutName;
  /** Saved positions by node id, or null: the layout's own positions (never saved, or reset). */
  positions: Positions | null;
  /** 0 = never saved; every save and every reset adds one, so a stale save is always noticed. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type HouseArrangements = Record<LayoutName, ArrangementView>;

export function roundPositions(positions: Positions): Positions {
  const round = (v: number) => Math.round(v * 10) / 10;
  return Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
}

/**
 * The positions a map is drawn with: the layout's own for every node it places, replaced by the
 * saved one where the arrangement names that node. Only nodes of the layout are returned.
 */
export function arrangedPositions(layoutPositions: Positions, saved: Positions | null | undefined): Positions {
  if (!saved) return layoutPositions;
  const out: Positions = { ...layoutPositions };
  for (const id of Object.keys(layoutPositions)) {
    const p = saved[id];
    if (p) out[id] = p;
  }
  return out;
}

/** How many nodes stand elsewhere in `after` than in `before` (for the audit trail). */
export function movedNodes(before: Positions | null, after: Positions | null): number {
  const ids = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  let moved = 0;
  for (const id of ids) {
    const a = before?.[id];
    const b = after?.[id];
    if (!a || !b || Math.abs(a.x - b.x) >= 0.5 || Math.abs(a.y - b.y) >= 0.5) moved++;
  }
  return moved;
}

/** Every layout without an arrangement: what a house has before anyone saved one. */
export function emptyArrangements(): HouseArrangements {
  return Object.fromEntries(
    LAYOUT_NAMES.map((layout) => [layout, { layout, positions: null, version: 0, updatedAt: null, updatedBy: null }]),
  ) as HouseArrangements;
}

/** What the map's arrangement controls learn from their actions: after a save, a reset or a stale refusal, the arrangement now stored. */
export interface ArrangementOutcome {
  current: ArrangementView | null;
}
