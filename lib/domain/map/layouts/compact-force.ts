import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { BoxIndex, unionBox, type Point } from './geometry';
import { NODE_GAP, nodeBoxes } from './keep-and-place';
import type { Positions } from './types';

/** The shapes (width over height) tried for the drawn-together picture; the best fit wins. */
const STRETCHES = [1.4, 1.6, 1.8, 2, 2.3];
/**
 * Steps along a ray, in model units: coarse until a free place, then fine between it and the
 * step before (a narrower gap may be stepped over: a little room for a third of the work); and
 * the small turns tried at each step to slip between two.
 */
const COARSE = 12;
const FINE = 3;
const TURNS = [0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3];
const REACH = 2400;
/** Passes more from the picture drawn together, while each fits the screen better. */
const PASSES = 3;

/**
 * The force layout's picture drawn together. fcose spreads the nodes in a round cloud, spaced
 * for the nodes with their labels as wide boxes and far apart, so the whole fits a screen only
 * at a zoom where labels read at 9 or 10 px. Here each node, nearest the house first, slides in
 * along its ray from the house (the direction fcose gave it, stretched to a landscape shape) to
 * the first place where it and its label keep clear of everything placed. The order round the
 * house stays, so who lies beside whom (an indirect actor beside the forum that carries it) stays;
 * of a few stretches, the picture that fits the screen at the largest zoom wins, and is drawn
 * together again from where it stands while that helps (a pass fills holes the one before left).
 * Deterministic.
 */
export function compactForce(specs: NodeSpec[], spread: Positions, screen = 1.8): Positions {
  const centre = spread[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  const placed = specs.filter((s) => spread[s.id]);
  const fit = (positions: Positions) => {
    const box = unionBox(placed.map((s) => unionBox(nodeBoxes(s, positions[s.id], centre, 'outward'))));
    return Math.min(screen / (box.x2 - box.x1), 1 / (box.y2 - box.y1));
  };
  const stretches = screen >= 1 ? STRETCHES : STRETCHES.map((s) => s * screen);
  let best = { positions: spread, fit: fit(spread), stretch: stretches[0] };
  for (const stretch of stretches) {
    const positions = slideIn(placed, spread, centre, stretch);
    const f = fit(positions);
    if (f > best.fit) best = { positions, fit: f, stretch };
  }
  for (let pass = 0; pass < PASSES; pass += 1) {
    const again = slideIn(placed, best.positions, centre, best.stretch);
    const f = fit(again);
    if (f <= best.fit) break;
    best = { ...best, positions: again, fit: f };
  }
  return best.positions;
}

/** Every node, nearest the house first, at the first free place on its ray. */
function slideIn(specs: NodeSpec[], from: Positions, centre: Point, stretch: number): Positions {
  const distance = (id: string) => Math.hypot(from[id].x - centre.x, from[id].y - centre.y);
  const order = specs.filter((s) => s.id !== HOUSE_NODE_ID).sort((a, b) => distance(a.id) - distance(b.id));
  const positions: Positions = { [HOUSE_NODE_ID]: { ...centre } };
  const index = new BoxIndex();
  const house = specs.find((s) => s.id === HOUSE_NODE_ID);
  if (house) for (const box of nodeBoxes(house, centre, centre, 'outward')) index.add(box, HOUSE_NODE_ID);
  for (const spec of order) {
    const angle = Math.atan2(from[spec.id].y - centre.y, (from[spec.id].x - centre.x) / stretch);
    const at = (r: number, turn: number): Point => ({ x: centre.x + Math.cos(angle + turn) * r * stretch, y: centre.y + Math.sin(angle + turn) * r });
    const free = (p: Point) => !nodeBoxes(spec, p, centre, 'outward').some((b) => index.hits(b, spec.id, NODE_GAP / 2));
    const firstFree = (r: number) => TURNS.map((turn) => at(r, turn)).find(free) ?? null;
    let p: Point | null = null;
    for (let r = COARSE; r < REACH && !p; r += COARSE) {
      if (!firstFree(r)) continue;
      for (let fine = r - COARSE + FINE; fine <= r && !p; fine += FINE) p = firstFree(fine);
    }
    const place = p ?? from[spec.id];
    positions[spec.id] = { x: Math.round(place.x * 10) / 10, y: Math.round(place.y * 10) / 10 };
    for (const box of nodeBoxes(spec, positions[spec.id], centre, 'outward')) index.add(box, spec.id);
  }
  return positions;
}
