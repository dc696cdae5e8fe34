import type { TieKind } from './tie-kinds';

/**
 * How each kind of tie looks, everywhere (map, projector, legend, print): a colour and a line
 * style of its own, so the kind reads without colour too (print, colour-blind readers), and an
 * arrow for the directed doorverwijzing. Colours have at least 4.5:1 contrast on white and differ
 * from the level colours of lib/level-style.ts (tests/unit/ties-model.test.ts checks the contrast).
 */
export interface TieStyle {
  colour: string;
  line: 'solid' | 'dashed' | 'dotted' | 'double';
  arrow: boolean;
  /** Line width at zoom 1 (the projector draws a third heavier). */
  width: number;
}

export const TIE_STYLES: Record<TieKind, TieStyle> = {
  doorverwijzing: { colour: '#6d28d9', line: 'solid', arrow: true, width: 2.5 },
  afstemming: { colour: '#0b5c8a', line: 'dashed', arrow: false, width: 2.5 },
  'co-creatie': { colour: '#a3195b', line: 'double', arrow: false, width: 4.5 },
  'informatie-uitwisseling': { colour: '#4a6b12', line: 'dotted', arrow: false, width: 3 },
};

/** Node id of a named organisation on the map (as lib/map/to-elements.ts names it). */
export const actorNodeId = (actorId: string) => `actor:${actorId}`;
