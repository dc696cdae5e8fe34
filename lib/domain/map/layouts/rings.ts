import { bodyBox } from '../labels/label-spot';
import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { Ellipse } from './ellipse';
import { BoxIndex, unionBox, type Point } from './geometry';
import { NODE_GAP, keepAndPlace, nodeBoxes } from './keep-and-place';
import { placeBand } from './band-placer';
import { Profile } from './profile';
import type { RingItem } from './ring-placer';
import { tightenRings, type PlacedRing } from './tighten-rings';
import type { ArrangeOptions, LayoutDefinition, Positions, PreviousArrangement } from './types';

/** Options of the rings layout, in model units (pixels at zoom 1). */
export const RINGS_DEFAULTS = {
  /**
   * Rings are ellipses this much wider than tall: labels run sideways, so a ring needs more room
   * beside it on the left and right than above and below; and screens are landscape.
   */
  aspects: [1.75, 2],
  /** A little squarer than an ellipse (a superellipse): the rings reach into the screen's corners. */
  squareness: 3,
  /** The shape of the screen the picture is made for: landscape, about 16:9 less the toolbar. */
  screen: 1.8,
  shifts: [0, 0.12],
  /** Extra room between one ring's labels and the next ring. */
  ringGap: 4,
  /** A small turn per ring keeps neighbours of adjacent rings off one spoke. */
  turn: 0.23,
};

const CENTRE = { x: 0, y: 0 };
const FORUM_RING = 3.5;
const RINGS = [1, 2, 3, FORUM_RING, 4, 5];

function ringItem(spec: NodeSpec, preferredAngle?: number): RingItem {
  return { id: spec.id, boxesAt: (p) => nodeBoxes(spec, p, CENTRE, 'outward'), preferredAngle };
}

/**
 * Rings by involvement: the house in the centre, kernpartners on the first ring, then gemiddeld,
 * minimaal, the forums, indirect (grouped by the forum that carries them), and nog niet with the
 * missing mandatory partners outermost. Labels point away from the house, and each ring is the
 * smallest ellipse on which its nodes and labels keep clear of each other and of everything
 * inside it. Deterministic: the same map gives the same picture on every visit.
 */
function arrangeAfresh(specs: NodeSpec[], screen: number): Positions {
  // The ellipse whose picture fits a landscape screen best: most room for every label.
  const scaleOf = (positions: Positions) => {
    const box = unionBox(specs.flatMap((s) => nodeBoxes(s, positions[s.id], CENTRE, 'outward')));
    return Math.min(screen / (box.x2 - box.x1), 1 / (box.y2 - box.y1));
  };
  // A portrait screen (a phone) gets rings taller than wide.
  const aspects = screen >= 1 ? RINGS_DEFAULTS.aspects : RINGS_DEFAULTS.aspects.map((a) => a * screen);
  const tries = aspects
    .flatMap((aspect) => RINGS_DEFAULTS.shifts.map((shift) => arrangeOnEllipses(specs, aspect, shift)))
    .map((attempt) => ({ attempt, scale: scaleOf(attempt.positions) }))
    .sort((a, b) => b.scale - a.scale);
  // The best two tightened; the better of them wins.
  const byId = new Map(specs.filter((s) => s.id !== HOUSE_NODE_ID).map((s) => [s.id, s]));
  const finalists = tries.slice(0, 2).map(({ attempt: t }) => {
    tightenRings(byId, t.positions, t.rings, t.ellipse, t.placed, screen);
    return { positions: t.positions, scale: scaleOf(t.positions) };
  });
  return finalists.sort((a, b) => b.scale - a.scale)[0].positions;
}

interface Attempt {
  positions: Positions;
  rings: PlacedRing[];
  ellipse: Ellipse;
  placed: BoxIndex;
}

function arrangeOnEllipses(specs: NodeSpec[], aspect: number, shift: number): Attempt {
  const ellipse = new Ellipse(aspect, RINGS_DEFAULTS.squareness);
  const placed = new BoxIndex();
  const positions: Positions = {};
  const house = specs.find((s) => s.id === HOUSE_NODE_ID);
  if (house) {
    positions[HOUSE_NODE_ID] = { ...CENTRE };
    placed.add(bodyBox(house, CENTRE), HOUSE_NODE_ID);
  }
  const byRing = new Map<number, NodeSpec[]>(RINGS.map((r) => [r, []]));
  for (const spec of specs) if (spec.id !== HOUSE_NODE_ID) byRing.get(spec.ring)?.push(spec);
  // Indirect entries grouped by their forum (in the forums' order), those without one after.
  const forumOrder = new Map(byRing.get(FORUM_RING)!.map((f, i) => [f.id, i]));
  const indirect = byRing.get(4)!;
  indirect.sort((a, b) => (forumOrder.get(a.via ?? '') ?? 1e6) - (forumOrder.get(b.via ?? '') ?? 1e6));

  let floor = Profile.flat(house ? house.h / 2 : 0);
  const rings: PlacedRing[] = [];
  for (const ring of RINGS) {
    const members = byRing.get(ring)!;
    if (members.length === 0) continue;
    const start = shift + (ring === 4 ? ring * RINGS_DEFAULTS.turn : ring * 0.05);
    let items: RingItem[];
    if (ring === FORUM_RING) {
      // Each forum where its indirect actors will be: they follow the forums' order round ring 4.
      items = members.map((forum) => {
        const carried = indirect.map((e, i) => (e.via === forum.id ? i : -1)).filter((i) => i >= 0);
        if (carried.length === 0) return ringItem(forum);
        const mean = carried.reduce((a, b) => a + b, 0) / carried.length;
        return ringItem(forum, 4 * RINGS_DEFAULTS.turn + (2 * Math.PI * mean) / indirect.length);
      });
      const loose = items.filter((i) => i.preferredAngle === undefined);
      loose.forEach((item, i) => (item.preferredAngle = start + (2 * Math.PI * (i + 0.5)) / loose.length));
    } else items = members.map((m) => ringItem(m));
    const placement = placeBand(items, { ellipse, floor, placed, start, gap: NODE_GAP });
    for (const [id, p] of placement.points) positions[id] = p;
    rings.push({ ids: placement.ids, angles: placement.angles, floor });
    floor = placement.profile.grown(RINGS_DEFAULTS.ringGap);
  }
  return { positions, rings, ellipse, placed };
}

/** Where a node that is new on its ring would best go: between its neighbours in sorted order. */
function ringCandidates(spec: NodeSpec, specs: NodeSpec[], settled: Positions, ellipse: Ellipse): Point[] {
  const centre = settled[HOUSE_NODE_ID] ?? CENTRE;
  const rel = (p: Point) => ({ x: p.x - centre.x, y: p.y - centre.y });
  const ring = specs.filter((s) => s.ring === spec.ring && s.id !== HOUSE_NODE_ID);
  const here = ring.findIndex((s) => s.id === spec.id);
  const onRing = ring.filter((s) => settled[s.id] && s.id !== spec.id);
  const radii = onRing.map((s) => ellipse.radiusOf(rel(settled[s.id]))).sort((a, b) => a - b);
  let s: number;
  if (radii.length > 0) s = radii[Math.floor(radii.length / 2)];
  else {
    // An empty ring: just outside the rings inside it.
    const inner = specs.filter((o) => o.ring < spec.ring && settled[o.id]).map((o) => ellipse.radiusOf(rel(settled[o.id])));
    s = (inner.length ? Math.max(...inner) : 40) + 60;
  }
  // The angle between the nearest settled neighbours before and after it on its ring.
  let ideal = RINGS_DEFAULTS.turn * spec.ring + (2 * Math.PI * Math.max(0, here)) / Math.max(1, ring.length);
  const angleOf = (id: string) => ellipse.angleOf(rel(settled[id]));
  const before = [...ring.slice(0, Math.max(0, here)).reverse(), ...ring.slice(here + 1).reverse()].find((o) => settled[o.id] && o.id !== spec.id);
  const after = [...ring.slice(here + 1), ...ring.slice(0, Math.max(0, here))].find((o) => settled[o.id] && o.id !== spec.id);
  if (before && after && before.id !== after.id) {
    const a = angleOf(before.id);
    let b = angleOf(after.id);
    if (b <= a) b += 2 * Math.PI;
    ideal = (a + b) / 2;
  } else if (before) ideal = angleOf(before.id) + 0.3;
  // Nearest first to the ideal place on the ring; off the ring costs more than along it.
  const target = ellipse.point(ideal, s);
  const candidates: { p: Point; cost: number }[] = [];
  const step = (2 * Math.PI) / 360;
  for (const dr of [0, 24, -24, 48, 72, -48, 96, 120, 150, 180, 220, 260]) {
    const r = s + dr;
    if (r <= 0) continue;
    for (let j = 0; j <= 180; j += 1) {
      for (const sign of j === 0 ? [1] : [1, -1]) {
        const p = ellipse.point(ideal + sign * j * step, r);
        candidates.push({ p: { x: p.x + centre.x, y: p.y + centre.y }, cost: Math.hypot(p.x - target.x, p.y - target.y) + Math.abs(dr) * 2 });
      }
    }
  }
  return candidates.sort((a, b) => a.cost - b.cost).map((c) => c.p);
}

function arrangeRings(specs: NodeSpec[], previous?: PreviousArrangement | null, options: ArrangeOptions = {}): Positions {
  if (!previous) return arrangeAfresh(specs, options.screen ?? RINGS_DEFAULTS.screen);
  const ellipse = new Ellipse(aspectOf(previous.positions), RINGS_DEFAULTS.squareness);
  return keepAndPlace(specs, previous, {
    rule: () => 'outward',
    groupOf: ringGroup,
    candidates: (spec, settled) => ringCandidates(spec, specs, settled, ellipse),
  });
}

/** The ellipse an arrangement was made on, near enough: the spread of its nodes. */
function aspectOf(positions: Positions): number {
  const points = Object.values(positions);
  if (points.length < 3) return RINGS_DEFAULTS.aspects[1];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const aspect = (Math.max(...xs) - Math.min(...xs)) / Math.max(1, Math.max(...ys) - Math.min(...ys));
  return Math.min(Math.max(aspect, 0.5), 2.5);
}

function ringGroup(spec: NodeSpec): string {
  return `ring:${spec.ring}`;
}

export const ringsLayout: LayoutDefinition = {
  label: 'Ringen',
  description: 'Per betrokkenheid: kernpartners dichtst bij het huis, nog niet op de buitenste ring.',
  labelRule: () => 'outward',
  groupOf: ringGroup,
  arrange: arrangeRings,
  refine: null,
};
