import { boxAround, type Box, type Point } from '../layouts/geometry';
import type { NodeSpec } from '../node-specs';

/**
 * Where a label sits: its centre relative to the node's centre, and how its lines align.
 * Cytoscape draws it with text-margin-x/y on a centred label; the SVG draws the same box.
 */
export interface LabelSpot {
  dx: number;
  dy: number;
  justify: 'left' | 'center' | 'right';
}

/**
 * How labels are placed:
 * - outward: away from the house, on the side of the node that faces out of the ring, so a ring's
 *   labels fill the room between it and the next ring and never cover the ring inside;
 * - right: to the right of the node, lines left-aligned (the lists inside a domain cluster);
 * - inside: on the node (the house).
 */
export type LabelRule = 'outward' | 'right';

/** Room between a node's edge and its text. */
export const LABEL_GAP = 4;
/**
 * Room kept clear around a label's text: Cytoscape's label box adds its background padding
 * (LABEL_BACKGROUND_PADDING) and a 2 px margin of error on each side; a little more keeps two
 * such boxes from touching.
 */
export const LABEL_BACKGROUND_PADDING = 1;
export const LABEL_PAD = LABEL_BACKGROUND_PADDING + 2.3;

export function labelSpot(spec: NodeSpec, pos: Point, centre: Point, rule: LabelRule): LabelSpot {
  if (spec.inside || spec.lines.length === 0) return { dx: 0, dy: 0, justify: 'center' };
  const halfW = spec.w / 2 + LABEL_GAP + spec.textW / 2;
  const halfH = spec.h / 2 + LABEL_GAP + spec.textH / 2;
  if (rule === 'right') return { dx: round(halfW), dy: 0, justify: 'left' };
  let ux = pos.x - centre.x;
  let uy = pos.y - centre.y;
  if (Math.abs(ux) < 1e-6 && Math.abs(uy) < 1e-6) uy = 1;
  // Scaled onto a square: straight right of the node on the sides, straight above or below at
  // the top and bottom, touching at a corner in between. The box never covers its own node.
  const m = Math.max(Math.abs(ux), Math.abs(uy));
  ux /= m;
  uy /= m;
  const justify = ux > 0.55 ? 'left' : ux < -0.55 ? 'right' : 'center';
  return { dx: round(ux * halfW), dy: round(uy * halfH), justify };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The node's own box, border included. */
export function bodyBox(spec: NodeSpec, pos: Point): Box {
  return boxAround(pos.x, pos.y, spec.w, spec.h);
}

/** The label's box with the room kept clear around it; empty for a label drawn on its node. */
export function labelBox(spec: NodeSpec, pos: Point, spot: LabelSpot): Box | null {
  if (spec.inside || spec.lines.length === 0) return null;
  return boxAround(pos.x + spot.dx, pos.y + spot.dy, spec.textW + 2 * LABEL_PAD, spec.textH + 2 * LABEL_PAD);
}
