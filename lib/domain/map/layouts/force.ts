import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { compactForce } from './compact-force';
import type { Point } from './geometry';
import { keepAndPlace } from './keep-and-place';
import { removeOverlaps } from './remove-overlaps';
import { RINGS_DEFAULTS, ringsLayout } from './rings';
import type { ArrangeOptions, LayoutDefinition, Positions, PreviousArrangement } from './types';

/** Places round a point, nearest first: a spiral. */
function spiral(centre: Point, from: number): Point[] {
  const out: Point[] = [];
  for (let r = from, k = 0; r < from + 1200; r += 6, k += 1) {
    const steps = Math.max(8, Math.round(r / 8));
    for (let i = 0; i < steps; i += 1) {
      const a = ((i + (k % 2) * 0.5) / steps) * 2 * Math.PI;
      out.push({ x: centre.x + Math.sin(a) * r * 1.4, y: centre.y - Math.cos(a) * r });
    }
  }
  return out;
}

/** A node new on the force map: near the forum that carries it, or near its ring-mates. */
function forceCandidates(spec: NodeSpec, specs: NodeSpec[], settled: Positions): Point[] {
  const house = settled[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  if (spec.via && settled[spec.via]) return spiral(settled[spec.via], 40);
  const mates = specs.filter((s) => s.ring === spec.ring && s.id !== spec.id && settled[s.id]);
  if (mates.length === 0) return spiral(house, 120);
  const x = mates.reduce((sum, s) => sum + settled[s.id].x, 0) / mates.length;
  const y = mates.reduce((sum, s) => sum + settled[s.id].y, 0) / mates.length;
  // Towards the mean of its ring-mates, at their distance from the house.
  const d = mates.reduce((sum, s) => sum + Math.hypot(settled[s.id].x - house.x, settled[s.id].y - house.y), 0) / mates.length;
  const n = Math.hypot(x - house.x, y - house.y) || 1;
  return spiral({ x: house.x + ((x - house.x) / n) * d, y: house.y + ((y - house.y) / n) * d }, 0);
}

function arrangeForce(specs: NodeSpec[], previous?: PreviousArrangement | null, options: ArrangeOptions = {}): Positions {
  if (!previous) return ringsLayout.arrange(specs, null, options);
  return keepAndPlace(specs, previous, { rule: () => 'outward', groupOf: () => 'map', candidates: (spec, settled) => forceCandidates(spec, specs, settled) });
}

/**
 * fcose's picture made readable (force-picture.ts runs fcose first): drawn together for the screen
 * (`compactForce`: labels at 12 px or more where fcose's own spread fit at 9 or 10), then an
 * overlap-removal pass, so no node or label lies over another. Pure.
 */
export function settleForce(specs: NodeSpec[], spread: Positions, options: ArrangeOptions = {}): Positions {
  return removeOverlaps(specs, compactForce(specs, spread, options.screen ?? RINGS_DEFAULTS.screen), () => 'outward');
}

export const forceLayout: LayoutDefinition = {
  label: 'Krachtgericht',
  description: 'Een krachtgerichte schikking (fCoSE): sterk verbonden actoren trekken elkaar aan.',
  labelRule: () => 'outward',
  groupOf: () => 'map',
  arrange: arrangeForce,
  refine: 'fcose',
};
