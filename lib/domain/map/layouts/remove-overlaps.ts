import type { LabelRule } from '../labels/label-spot';
import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { overlaps, unionBox, type Box, type Point } from './geometry';
import { NODE_GAP, keepAndPlace, nodeBoxes } from './keep-and-place';
import type { Positions } from './types';

const ROUNDS = 120;

/**
 * Pushes nodes apart until no node or label lies over another: each round, every two nodes whose
 * boxes (the node and its label together) meet move apart along the shorter way out, half each
 * (the house stays). Labels follow their rule from the new positions each round. Used after the
 * force-directed layout, which spaces nodes but knows nothing of where their labels go.
 */
export function removeOverlaps(specs: NodeSpec[], start: Positions, rule: (spec: NodeSpec) => LabelRule): Positions {
  const positions: Positions = Object.fromEntries(specs.map((s) => [s.id, { ...(start[s.id] ?? { x: 0, y: 0 }) }]));
  const centre = () => positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  for (let round = 0; round < ROUNDS; round += 1) {
    const boxes = specs.map((s) => grown(unionBox(nodeBoxes(s, positions[s.id], centre(), rule(s))), NODE_GAP / 2));
    const order = specs.map((_, i) => i).sort((a, b) => boxes[a].x1 - boxes[b].x1);
    let moved = false;
    // Sweep along x: only boxes that reach each other are compared.
    for (let i = 0; i < order.length; i += 1) {
      const a = order[i];
      for (let j = i + 1; j < order.length; j += 1) {
        const b = order[j];
        if (boxes[b].x1 >= boxes[a].x2) break;
        const push = separation(boxes[a], boxes[b]);
        if (!push) continue;
        moved = true;
        const aFixed = specs[a].id === HOUSE_NODE_ID;
        const bFixed = specs[b].id === HOUSE_NODE_ID;
        const share = aFixed || bFixed ? 1 : 0.5;
        if (!aFixed) shift(positions[specs[a].id], push, -(bFixed ? 1 : share));
        if (!bFixed) shift(positions[specs[b].id], push, aFixed ? 1 : share);
      }
    }
    if (!moved) break;
  }
  // Whatever still lies over another after the rounds gets the nearest free place round it.
  const stuck = stillOverlapping(specs, positions, rule);
  if (stuck.size > 0) {
    const kept = Object.fromEntries(Object.entries(positions).filter(([id]) => !stuck.has(id)));
    const settled = keepAndPlace(specs, { positions: kept }, { rule, groupOf: () => 'map', candidates: (spec) => spiralAround(positions[spec.id]) });
    Object.assign(positions, settled);
  }
  for (const p of Object.values(positions)) {
    p.x = Math.round(p.x * 10) / 10;
    p.y = Math.round(p.y * 10) / 10;
  }
  return positions;
}

function grown(b: Box, by: number): Box {
  return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

/** The shortest move that takes `b` off `a` (a bit more, so the next round settles), or null. */
function separation(a: Box, b: Box): Point | null {
  const dx = Math.min(a.x2 - b.x1, b.x2 - a.x1);
  const dy = Math.min(a.y2 - b.y1, b.y2 - a.y1);
  if (dx <= 0 || dy <= 0) return null;
  const ax = (a.x1 + a.x2) / 2;
  const bx = (b.x1 + b.x2) / 2;
  const ay = (a.y1 + a.y2) / 2;
  const by = (b.y1 + b.y2) / 2;
  if (dx < dy) return { x: (bx >= ax ? 1 : -1) * (dx + 0.5), y: 0 };
  return { x: 0, y: (by >= ay ? 1 : -1) * (dy + 0.5) };
}

function shift(p: Point, push: Point, factor: number): void {
  p.x += push.x * factor;
  p.y += push.y * factor;
}

function stillOverlapping(specs: NodeSpec[], positions: Positions, rule: (spec: NodeSpec) => LabelRule): Set<string> {
  const centre = positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  const boxes = specs.map((s) => nodeBoxes(s, positions[s.id], centre, rule(s)));
  const stuck = new Set<string>();
  for (let i = 0; i < specs.length; i += 1) {
    for (let j = i + 1; j < specs.length; j += 1) {
      if (boxes[i].some((a) => boxes[j].some((b) => overlaps(a, b, NODE_GAP / 2)))) stuck.add(specs[j].id === HOUSE_NODE_ID ? specs[i].id : specs[j].id);
    }
  }
  return stuck;
}

/** Places round a point, nearest first. */
function spiralAround(centre: Point): Point[] {
  const out: Point[] = [];
  for (let r = 0; r < 1500; r += 8) {
    const steps = Math.max(1, Math.round(r / 6));
    for (let i = 0; i < steps; i += 1)
      out.push({ x: centre.x + Math.cos((i / steps) * 2 * Math.PI) * r * 1.5, y: centre.y + Math.sin((i / steps) * 2 * Math.PI) * r });
  }
  return out;
}
