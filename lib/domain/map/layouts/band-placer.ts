import type { Ellipse } from './ellipse';
import type { BoxIndex, Point } from './geometry';
import { Profile } from './profile';
import { spread, spreadPreferred, type RingItem } from './ring-placer';

export interface BandOptions {
  /** The ellipse whose angles and aspect the band follows. */
  ellipse: Ellipse;
  /** How far out the band must start, by angle: outside everything inside it. */
  floor: Profile;
  /** Everything already placed. */
  placed: BoxIndex;
  /** Angle of the first item (items without a preferred angle). */
  start: number;
  /** Room between the boxes of two nodes. */
  gap: number;
  /** Step outward while a node does not fit. */
  step?: number;
}

export interface BandPlacement {
  points: Map<string, Point>;
  /** The items in order round the ring, and the angle each took. */
  ids: string[];
  angles: Map<string, number>;
  /** The band's reach by angle (its nodes' radii), for the band outside it. */
  profile: Profile;
}

/**
 * One ring as a band that hugs what is inside it: the items get their angles in order round the
 * ring (room by what each needs), then each moves out along its ray from the floor until it and
 * its label keep clear of everything placed. A crowded ring staggers by itself (a node that would
 * touch its neighbour's label steps out past it); a sparse one stays close to the ring inside.
 */
export function placeBand(items: RingItem[], o: BandOptions): BandPlacement {
  const { ellipse } = o;
  const step = o.step ?? 2;
  const samples = Array.from({ length: 16 }, (_, i) => o.floor.at((i * Math.PI) / 8));
  const nominal = Math.max(1, samples.reduce((a, b) => a + b, 0) / samples.length);
  const turn = (a = 0) => ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const preferred = items.some((i) => i.preferredAngle !== undefined);
  const ordered = preferred ? items.map((i) => ({ ...i, preferredAngle: turn(i.preferredAngle) })).sort((a, b) => a.preferredAngle - b.preferredAngle) : items;
  const ringOptions = { ellipse, from: nominal, placed: o.placed, start: o.start, gap: o.gap };
  const arcs =
    (preferred ? spreadPreferred(ordered, ringOptions, nominal) : spread(ordered, ringOptions, nominal)) ??
    ordered.map((item, i) => (preferred ? ellipse.arcAt(item.preferredAngle ?? 0) : ellipse.arcAt(o.start) + (i * ellipse.perimeter) / ordered.length));
  const points = new Map<string, Point>();
  const reach: { angle: number; r: number }[] = [];
  const angles = new Map<string, number>();
  const base = arcs.map((a) => ellipse.angleAt(a));
  const m = ordered.length;
  ordered.forEach((item, i) => {
    // A node may lean towards its neighbours, up to a third of the way, where that lets it sit
    // closer in: the order round the ring stays, the band stays tight.
    const prev = m > 1 ? angleGap(base[(i - 1 + m) % m], base[i]) : Math.PI;
    const next = m > 1 ? angleGap(base[i], base[(i + 1) % m]) : Math.PI;
    let best: { angle: number; r: number; cost: number } | null = null;
    for (let k = -LEAN_STEPS; k <= LEAN_STEPS; k += 1) {
      const angle = base[i] + (k < 0 ? (prev * LEAN * k) / LEAN_STEPS : (next * LEAN * k) / LEAN_STEPS);
      const r = outward(item, angle, o, step);
      const cost = r + Math.abs(angle - base[i]) * r * 0.5;
      if (!best || cost < best.cost) best = { angle, r, cost };
    }
    const p = ellipse.point(best!.angle, best!.r);
    for (const b of item.boxesAt(p)) o.placed.add(b, item.id);
    points.set(item.id, p);
    reach.push({ angle: best!.angle, r: best!.r });
    angles.set(item.id, best!.angle);
  });
  return { points, ids: ordered.map((i) => i.id), angles, profile: new Profile(reach, o.floor) };
}

const LEAN = 0.45;
const LEAN_STEPS = 5;

function angleGap(a: number, b: number): number {
  const d = (((b - a) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return d === 0 ? 2 * Math.PI : d;
}

/** The smallest radius from the floor out at which the item keeps clear of everything placed. */
function outward(item: RingItem, angle: number, o: BandOptions, step: number): number {
  const clear = (r: number) => !item.boxesAt(o.ellipse.point(angle, r)).some((b) => o.placed.hits(b, item.id, o.gap));
  let low = Math.max(1, o.floor.at(angle));
  if (clear(low)) return low;
  // Coarse steps out, then halve back to the nearest clear radius.
  let high = low + step * 4;
  for (let tries = 0; tries < 500 && !clear(high); tries += 1) {
    low = high;
    high += step * 4;
  }
  while (high - low > step) {
    const mid = (low + high) / 2;
    if (clear(mid)) high = mid;
    else low = mid;
  }
  return high;
}
