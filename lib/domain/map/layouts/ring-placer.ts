import { Ellipse } from './ellipse';
import type { Box, BoxIndex, Point } from './geometry';

/** Something to put on a ring: it says which boxes it covers when its centre is at a point. */
export interface RingItem {
  id: string;
  boxesAt(p: Point): Box[];
  /** Where it would like to be (forums: among the actors they carry). */
  preferredAngle?: number;
}

export interface RingOptions {
  ellipse: Ellipse;
  /** The smallest vertical semi-axis to try. */
  from: number;
  /** Everything already placed: the ring must keep clear of it. */
  placed: BoxIndex;
  /** Angle of the first item (items without a preferred angle). */
  start: number;
  /** Room between the boxes of two neighbours. */
  gap: number;
}

function clear(a: Box[], b: Box[], gap: number): boolean {
  for (const x of a) for (const y of b) if (x.x1 < y.x2 + gap && y.x1 < x.x2 + gap && x.y1 < y.y2 + gap && y.y1 < x.y2 + gap) return false;
  return true;
}

/**
 * The shortest arc (on a ring of semi-axis `s`) from `a` at `arcA` to where `b` keeps clear of
 * it, found by stepping along the ring: exact for any shape of label, at any place on the ring.
 */
function minArcGap(a: RingItem, arcA: number, b: RingItem, o: RingOptions, s: number, limit: number): number {
  const { ellipse } = o;
  const boxesA = a.boxesAt(ellipse.point(ellipse.angleAt(arcA / s), s));
  for (let d = 2; d < limit; d += 2) {
    if (clear(boxesA, b.boxesAt(ellipse.point(ellipse.angleAt((arcA + d) / s), s)), o.gap)) return d;
  }
  return limit;
}

/**
 * Arc positions (on the unit ring) for the items in order from `start`: each as close after the
 * one before as their boxes allow, then the room left over shared out evenly. Null when the ring
 * is too short for them.
 */
export function spread(items: RingItem[], o: RingOptions, s: number): number[] | null {
  const perimeter = o.ellipse.perimeter * s;
  const m = items.length;
  const first = o.ellipse.arcAt(o.start) * s;
  const arcs = [first];
  for (let i = 1; i < m; i += 1) {
    arcs.push(arcs[i - 1] + minArcGap(items[i - 1], arcs[i - 1], items[i], o, s, perimeter));
    if (arcs[i] - first > perimeter) return null;
  }
  const closing = m > 1 ? minArcGap(items[m - 1], arcs[m - 1], items[0], o, s, perimeter) : 0;
  const total = arcs[m - 1] - first + closing;
  if (total > perimeter) return null;
  const slack = (perimeter - total) / m;
  return arcs.map((a, i) => (a + i * slack) / s);
}

/** Arc positions for items that each prefer an angle: as near to it as their neighbours allow. */
export function spreadPreferred(items: RingItem[], o: RingOptions, s: number): number[] | null {
  const { ellipse } = o;
  const perimeter = ellipse.perimeter * s;
  const m = items.length;
  const arcs = items.map((item) => ellipse.arcAt(item.preferredAngle ?? 0) * s);
  const gaps = items.map((item, i) => (m > 1 ? minArcGap(item, arcs[i], items[(i + 1) % m], o, s, perimeter) : 0));
  if (gaps.reduce((a, b) => a + b, 0) > perimeter) return null;
  for (let round = 0; round < 200; round += 1) {
    let moved = false;
    for (let i = 0; i < m && m > 1; i += 1) {
      const j = (i + 1) % m;
      let d = arcs[j] - arcs[i];
      if (j === 0) d += perimeter;
      const short = gaps[i] - d;
      if (short > 0.01) {
        arcs[i] -= short / 2;
        arcs[j] += short / 2;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return arcs.map((a) => a / s);
}
