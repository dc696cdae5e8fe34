import { bodyBox, labelBox, labelSpot, type LabelRule } from '../labels/label-spot';
import { HOUSE_NODE_ID } from '../node-ids';
import type { NodeSpec } from '../node-specs';
import { BoxIndex, type Box, type Point } from './geometry';
import type { Positions, PreviousArrangement } from './types';

/** Room kept between the boxes of two nodes. */
export const NODE_GAP = 4;

/** A node's drawn size and its label's, as one string: what changed between two pictures. */
export function specSize(spec: NodeSpec): string {
  return `${spec.w}×${spec.h}:${spec.textW}×${spec.textH}`;
}

/** The boxes a node covers at a point: itself and its label. */
export function nodeBoxes(spec: NodeSpec, p: Point, centre: Point, rule: LabelRule): Box[] {
  const label = labelBox(spec, p, labelSpot(spec, p, centre, rule));
  return label ? [bodyBox(spec, p), label] : [bodyBox(spec, p)];
}

export interface KeepAndPlaceOptions {
  rule(spec: NodeSpec): LabelRule;
  groupOf(spec: NodeSpec): string;
  /**
   * Places to try for a node that is new (or changed group), best first, given the positions
   * settled so far. The first where the node and its label keep clear of everything wins.
   * Iterated lazily (a generator may offer thousands and be asked for a few).
   */
  candidates(spec: NodeSpec, settled: Positions): Iterable<Point>;
  /** A candidate the layout rules out although the node itself would fit (a cluster's frame). */
  blocked?(spec: NodeSpec, p: Point, settled: Positions): boolean;
}

/**
 * The steady step of every layout: every node still in its group keeps its exact position, and
 * each new one (in the specs' order) takes the first free place among its candidates, so an edit
 * never moves what was there. When no candidate is free, the one with the least overlap is taken.
 */
export function keepAndPlace(specs: NodeSpec[], previous: PreviousArrangement, o: KeepAndPlaceOptions): Positions {
  const positions: Positions = {};
  const index = new BoxIndex();
  const centre = previous.positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  const fresh: NodeSpec[] = [];
  const kept: NodeSpec[] = [];
  for (const spec of specs) {
    const p = previous.positions[spec.id];
    const sameGroup = !previous.groups || previous.groups[spec.id] === o.groupOf(spec);
    if (p && sameGroup) {
      positions[spec.id] = { x: p.x, y: p.y };
      for (const box of nodeBoxes(spec, p, centre, o.rule(spec))) index.add(box, spec.id);
      kept.push(spec);
    } else fresh.push(spec);
  }
  // A node that stays but grew (a new level draws it larger, a new name is longer) and now lies
  // over another is placed anew, near where it was; the others stay.
  for (const spec of kept) {
    if (spec.id === HOUSE_NODE_ID || !previous.sizes || previous.sizes[spec.id] === specSize(spec)) continue;
    if (!nodeBoxes(spec, positions[spec.id], centre, o.rule(spec)).some((b) => index.hits(b, spec.id, NODE_GAP / 2))) continue;
    index.remove(spec.id);
    delete positions[spec.id];
    fresh.push(spec);
  }
  if (fresh.some((s) => s.id === HOUSE_NODE_ID)) {
    positions[HOUSE_NODE_ID] = { ...centre };
    const house = fresh.find((s) => s.id === HOUSE_NODE_ID)!;
    index.add(bodyBox(house, centre), HOUSE_NODE_ID);
  }
  for (const spec of fresh) {
    if (spec.id === HOUSE_NODE_ID) continue;
    const candidates = () => o.candidates(spec, positions);
    const area = (c: Point) => nodeBoxes(spec, c, centre, o.rule(spec)).reduce((sum, b) => sum + index.overlapArea(grow(b, NODE_GAP / 2), spec.id), 0);
    const first = (ok: (c: Point) => boolean) => {
      for (const c of candidates()) if (ok(c)) return c;
      return null;
    };
    // Free and allowed; else free (a cluster's frame may then touch another: better than a label
    // over a label); else the least overlap.
    let best = first((c) => !o.blocked?.(spec, c, positions) && area(c) === 0) ?? (o.blocked ? first((c) => area(c) === 0) : null);
    if (!best) {
      let least = Infinity;
      for (const c of candidates()) {
        const a = area(c);
        if (a < least) {
          least = a;
          best = c;
        }
      }
    }
    const p = best ?? centre;
    positions[spec.id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    for (const box of nodeBoxes(spec, positions[spec.id], centre, o.rule(spec))) index.add(box, spec.id);
  }
  return positions;
}

function grow(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}
