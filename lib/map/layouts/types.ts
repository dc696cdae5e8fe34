import type { MapModel } from '../to-elements';

export type Positions = Record<string, { x: number; y: number }>;

export interface LayoutDefinition {
  /** Dutch name on the switch. */
  label: string;
  description: string;
  /**
   * Deterministic positions for every node of the map, or null when the layout is computed in
   * the browser (force-directed). Same model in, same positions out: stable across visits.
   */
  positions: ((model: MapModel) => Positions) | null;
}
