import type { NodeSpec } from '../node-specs';
import type { Ellipse } from './ellipse';
import { unionBox, type Box, type BoxIndex, type Point } from './geometry';
import { NODE_GAP, nodeBoxes } from './keep-and-place';
import type { Profile } from './profile';
import type { Positions } from './types';

/** One ring as placed: its nodes in angle order, their angles, and the floor it stood on. */
export interface PlacedRing {
  ids: string[];
  angles: Map<string, number>;
  floor: Profile;
}

const CENTRE = { x: 0, y: 0 };
const SAMPLES = 16;

function boxesOf(spec: NodeSpec, p: Point): Box[] {
  return nodeBoxes(spec, p, CENTRE, 'outward');
}

/**
 * Pulls in the nodes that stick out furthest on the side that limits the zoom (left and right on
 * a landscape screen, or top and bottom): each may move along its ring, between its neighbours,
 * to the nearest free place that reaches less far, never inside its ring's floor. The picture
 * keeps its rings and order; it gets more even and fits the screen at a larger zoom.
 */
export function tightenRings(
  specs: Map<string, NodeSpec>,
  positions: Positions,
  rings: PlacedRing[],
  ellipse: Ellipse,
  placed: BoxIndex,
  screen: number,
  rounds = 40,
): void {
  const ringOf = new Map<string, PlacedRing>();
  for (const ring of rings) for (const id of ring.ids) ringOf.set(id, ring);
  const stuck = new Set<string>();
  for (let round = 0; round < rounds; round += 1) {
    const boxes = new Map<string, Box>();
    for (const [id, spec] of specs) boxes.set(id, unionBox(boxesOf(spec, positions[id])));
    const all = unionBox([...boxes.values()]);
    const wide = screen / (all.x2 - all.x1) < 1 / (all.y2 - all.y1);
    // The side that reaches furthest: the one node that, pulled in, makes the picture smaller.
    const sides: ((b: Box) => number)[] = wide ? [(b) => b.x2, (b) => -b.x1] : [(b) => b.y2, (b) => -b.y1];
    let moved = false;
    for (const reach of sides) {
      let worst: string | null = null;
      for (const [id, box] of boxes) if (ringOf.has(id) && (worst === null || reach(box) > reach(boxes.get(worst)!))) worst = id;
      if (worst === null || stuck.has(worst)) continue;
      if (pullIn(worst, specs.get(worst)!, reach, all, positions, ringOf.get(worst)!, ellipse, placed)) moved = true;
      else stuck.add(worst);
    }
    if (!moved) return;
  }
}

function pullIn(
  id: string,
  spec: NodeSpec,
  reach: (b: Box) => number,
  all: Box,
  positions: Positions,
  ring: PlacedRing,
  ellipse: Ellipse,
  placed: BoxIndex,
): boolean {
  const at = ring.ids.indexOf(id);
  const n = ring.ids.length;
  const here = ring.angles.get(id)!;
  const gapTo = (other: string, forward: boolean) => {
    const d = forward ? ring.angles.get(other)! - here : here - ring.angles.get(other)!;
    const wrapped = ((d % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
    return wrapped === 0 ? 2 * Math.PI : wrapped;
  };
  const back = n > 1 ? gapTo(ring.ids[(at - 1 + n) % n], false) * 0.8 : Math.PI;
  const ahead = n > 1 ? gapTo(ring.ids[(at + 1) % n], true) * 0.8 : Math.PI;
  const current = reach(unionBox(boxesOf(spec, positions[id])));
  // No need to look further out than the node stands now.
  const limit = ellipse.radiusOf(positions[id]) + 1;
  placed.remove(id);
  let best: { p: Point; angle: number; reach: number } | null = null;
  for (let k = -SAMPLES; k <= SAMPLES; k += 1) {
    const angle = here + (k < 0 ? (back * k) / SAMPLES : (ahead * k) / SAMPLES);
    const p = nearestFree(spec, angle, ring.floor, ellipse, placed, id, limit);
    if (!p) continue;
    const box = unionBox(boxesOf(spec, p));
    // It may not reach out further on any other side.
    if (box.x1 < all.x1 || box.x2 > all.x2 || box.y1 < all.y1 || box.y2 > all.y2) continue;
    const r = reach(box);
    if (r < current - 1 && (!best || r < best.reach)) best = { p, angle, reach: r };
  }
  const final = best?.p ?? positions[id];
  for (const b of boxesOf(spec, final)) placed.add(b, id);
  if (!best) return false;
  positions[id] = best.p;
  ring.angles.set(id, best.angle);
  return true;
}

/** The nearest point out from the floor along `angle` where the node keeps clear. */
function nearestFree(spec: NodeSpec, angle: number, floor: Profile, ellipse: Ellipse, placed: BoxIndex, id: string, limit: number): Point | null {
  const free = (r: number) => !boxesOf(spec, ellipse.point(angle, r)).some((b) => placed.hits(b, id, NODE_GAP));
  let low = Math.max(1, floor.at(angle));
  if (free(low)) return ellipse.point(angle, low);
  let high = low + 16;
  while (!free(high)) {
    low = high;
    high += 16;
    if (high > limit) return null;
  }
  while (high - low > 2) {
    const mid = (low + high) / 2;
    if (free(mid)) high = mid;
    else low = mid;
  }
  return ellipse.point(angle, high);
}
