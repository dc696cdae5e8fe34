import type { LabelRule } from '../labels/label-spot';
import type { NodeSpec } from '../node-specs';

export type Positions = Record<string, { x: number; y: number }>;

/**
 * The map as it stands, so a change keeps every node where it is. `groups` names the group each
 * node was placed in (its ring, its cluster): a node whose group changed is placed anew. Without
 * groups (a saved arrangement) every known node keeps its place.
 */
export interface PreviousArrangement {
  positions: Positions;
  groups?: Record<string, string>;
  /**
   * Each node's size as it was drawn (`specSize`): a node that grew (a stronger level draws it
   * larger, a new name is longer) and now lies over another is placed anew near where it was.
   */
  sizes?: Record<string, string>;
}

export interface ArrangeOptions {
  /**
   * The shape (width over height) of the screen to fill. Left out, a landscape screen: the same
   * picture on every computer, on the projector and in the exports. A phone gives its own.
   */
  screen?: number;
}

export interface LayoutDefinition {
  /** Dutch name on the switch. */
  label: string;
  description: string;
  /** Where a node's label goes relative to it. */
  labelRule(spec: NodeSpec): LabelRule;
  /** The group a node is placed in; it keeps its place while that stays the same. */
  groupOf(spec: NodeSpec): string;
  /**
   * Positions for every node: deterministic from the specs alone (same map in, same picture out,
   * on every visit and on the server), or, given the map as it stands, the same positions for
   * every node still in its group and free room near its neighbours for the others.
   */
  arrange(specs: NodeSpec[], previous?: PreviousArrangement | null, options?: ArrangeOptions): Positions;
  /**
   * 'fcose': drawn afresh, `arrange` gives only the start, from which fcose spreads the map and the
   * spread is settled (force-picture.ts, through arrange-map.ts arrangeLayout); null: drawn as arranged.
   */
  refine: 'fcose' | null;
}
