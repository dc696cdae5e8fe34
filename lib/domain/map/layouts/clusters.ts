import { LABEL_GAP, LABEL_PAD, bodyBox, type LabelRule } from '../labels/label-spot';
import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { clusterFrames } from './cluster-frames';
import { overlaps, unionBox, type Box, type Point } from './geometry';
import { NODE_GAP, keepAndPlace, nodeBoxes } from './keep-and-place';
import type { ArrangeOptions, LayoutDefinition, Positions, PreviousArrangement } from './types';

const CLUSTERS_DEFAULTS = {
  /** Between two columns, and two rows, of a cluster's list. */
  colGap: 12,
  rowGap: 2,
  /** Between two clusters (their frames and names). */
  gap: 8,
  /** The circle of clusters: as wide as a landscape screen allows. */
  /** The shape of the screen the picture is made for (width over height). */
  screen: 1.8,
  /** Members per column, squared, of a cluster's list: taller or wider lists, whichever fits. */
  densities: [1, 2.5, 5],
};

const CENTRE = { x: 0, y: 0 };

/** A cluster's members as a list in columns, each node with its name to the right. */
function clusterBlock(members: NodeSpec[], density: number): { offsets: Map<string, Point>; footprint: Box } {
  const cols = Math.max(1, Math.round(Math.sqrt(members.length / density)));
  const rows = Math.ceil(members.length / cols);
  const offsets = new Map<string, Point>();
  let x = 0;
  for (let c = 0; c < cols; c += 1) {
    const column = members.slice(c * rows, (c + 1) * rows);
    const nodeW = Math.max(...column.map((m) => m.w));
    const width = Math.max(...column.map((m) => nodeW / 2 + m.w / 2 + LABEL_GAP + m.textW + 2 * LABEL_PAD));
    let y = 0;
    for (const m of column) {
      const h = Math.max(m.h, m.textH + 2 * LABEL_PAD);
      offsets.set(m.id, { x: x + nodeW / 2, y: y + h / 2 });
      y += h + CLUSTERS_DEFAULTS.rowGap;
    }
    x += width + CLUSTERS_DEFAULTS.colGap;
  }
  const local: Positions = Object.fromEntries(offsets);
  const [frame] = clusterFrames(members, local);
  const footprint = unionBox([frame.frame, frame.title]);
  const cx = (footprint.x1 + footprint.x2) / 2;
  const cy = (footprint.y1 + footprint.y2) / 2;
  for (const [id, p] of offsets) offsets.set(id, { x: p.x - cx, y: p.y - cy });
  return { offsets, footprint: { x1: footprint.x1 - cx, y1: footprint.y1 - cy, x2: footprint.x2 - cx, y2: footprint.y2 - cy } };
}

interface Block {
  code: string;
  offsets: Map<string, Point>;
  footprint: Box;
  w: number;
  h: number;
}

/** Something to pack: a cluster or the house with its forums, by its length along a line and across. */
interface Item {
  block: Block | null;
  along: number;
  across: number;
}

interface Flow {
  lines: Item[][];
  /** Lines run across the screen (rows) or down it (columns). */
  rows: boolean;
  length: number;
  scale: number;
}

/**
 * Domain clusters: each cluster a framed list (a node with its name beside it), the clusters in
 * report order like text, in rows (or in columns, as a newspaper), and the house with its forums
 * among them in the middle line, as near the centre as the order allows. Of the ways to break the
 * lines, in both directions and two list shapes, the one that fits a landscape screen at the
 * largest zoom. Deterministic.
 */
function arrangeAfresh(specs: NodeSpec[], screen: number): Positions {
  const positions: Positions = {};
  const groups = new Map<string, NodeSpec[]>();
  for (const spec of specs) if (spec.cluster) groups.set(spec.cluster, [...(groups.get(spec.cluster) ?? []), spec]);
  const ordered = [...groups].sort((a, b) => a[1][0].clusterOrder - b[1][0].clusterOrder);
  // The clusters' lists in their shapes, once; the house with its forums in one, two or three columns.
  const shapes = CLUSTERS_DEFAULTS.densities.map((density) =>
    ordered.map(([code, members]) => {
      const block = clusterBlock(members, density);
      return { code, ...block, w: block.footprint.x2 - block.footprint.x1, h: block.footprint.y2 - block.footprint.y1 };
    }),
  );
  let best: (Flow & { core: Box; corePositions: Positions }) | null = null;
  for (const forumColumns of [1, 2, 3]) {
    const { core, corePositions } = arrangeCore(specs, forumColumns);
    const coreW = core.x2 - core.x1;
    const coreH = core.y2 - core.y1;
    for (const blocks of shapes) {
      for (const rows of [true, false]) {
        const items = blocks.map((block) => ({ block, along: rows ? block.w : block.h, across: rows ? block.h : block.w }));
        const coreItem = { block: null, along: rows ? coreW : coreH, across: rows ? coreH : coreW };
        const flow = bestFlow(items, coreItem, rows ? screen : 1 / screen, rows);
        if (flow && (!best || flow.scale > best.scale)) best = { ...flow, core, corePositions };
      }
    }
  }
  if (!best) return positions;
  const { core, corePositions } = best;
  Object.assign(positions, corePositions);
  const gap = CLUSTERS_DEFAULTS.gap;
  const coreLine = best.lines.findIndex((line) => line.some((item) => !item.block));
  // Lay the lines out one after the other; then shift everything so the house is at the origin.
  const placed: { item: Item; along: number; across: number }[] = [];
  let across = 0;
  best.lines.forEach((line, l) => {
    const thickness = Math.max(...line.map((item) => item.across));
    const used = line.reduce((sum, item) => sum + item.along, 0) + (line.length - 1) * gap;
    let along = (best!.length - used) / 2;
    for (const item of line) {
      // Lines before the house's lean towards it, lines after it too: the clusters huddle round.
      const mid = l < coreLine ? across + thickness - item.across / 2 : l > coreLine ? across + item.across / 2 : across + thickness / 2;
      placed.push({ item, along: along + item.along / 2, across: mid });
      along += item.along + gap;
    }
    across += thickness + gap;
  });
  const toXY = (p: { along: number; across: number }) => (best!.rows ? { x: p.along, y: p.across } : { x: p.across, y: p.along });
  const coreAt = toXY(placed.find((p) => !p.item.block)!);
  const origin = { x: coreAt.x - (core.x1 + core.x2) / 2, y: coreAt.y - (core.y1 + core.y2) / 2 };
  for (const p of placed) {
    if (!p.item.block) continue;
    const at = toXY(p);
    for (const [id, o] of p.item.block.offsets) positions[id] = { x: round(at.x + o.x - origin.x), y: round(at.y + o.y - origin.y) };
  }
  return positions;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Breaks the sequence into lines no longer than `limit`. */
function wrap(sequence: Item[], limit: number): Item[][] {
  const gap = CLUSTERS_DEFAULTS.gap;
  const lines: Item[][] = [[]];
  let used = 0;
  for (const item of sequence) {
    const line = lines[lines.length - 1];
    if (line.length > 0 && used + gap + item.along > limit) {
      lines.push([item]);
      used = item.along;
    } else {
      line.push(item);
      used += (line.length > 1 ? gap : 0) + item.along;
    }
  }
  return lines;
}

/** Every place for the house in the order and every line length: the best fit for the screen. */
function bestFlow(items: Item[], core: Item, screen: number, rows: boolean): Flow | null {
  const gap = CLUSTERS_DEFAULTS.gap;
  const longest = Math.max(core.along, ...items.map((i) => i.along));
  const total = items.reduce((sum, i) => sum + i.along + gap, core.along);
  let best: Flow | null = null;
  for (let at = 0; at <= items.length; at += 1) {
    const sequence = [...items.slice(0, at), core, ...items.slice(at)];
    for (let k = 0; k <= 40; k += 1) {
      const lines = wrap(sequence, longest + ((total - longest) * k) / 40);
      const coreLine = lines.findIndex((line) => line.includes(core));
      // The house in the middle line (of an odd count), or next to the middle.
      if (Math.abs(coreLine - (lines.length - 1) / 2) > 0.5) continue;
      const length = Math.max(...lines.map((line) => line.reduce((sum, i) => sum + i.along, 0) + (line.length - 1) * gap));
      const breadth = lines.reduce((sum, line) => sum + Math.max(...line.map((i) => i.across)), 0) + (lines.length - 1) * gap;
      const scale = Math.min(screen / length, 1 / breadth);
      if (!best || scale > best.scale + 1e-9) best = { lines, rows, length, scale };
    }
  }
  return best;
}

/** The house with its forums listed under it, each with its name to the right. */
function arrangeCore(specs: NodeSpec[], columns: number): { core: Box; corePositions: Positions } {
  const corePositions: Positions = {};
  const house = specs.find((s) => s.id === HOUSE_NODE_ID);
  const boxes: Box[] = [];
  if (house) {
    corePositions[HOUSE_NODE_ID] = { ...CENTRE };
    boxes.push(bodyBox(house, CENTRE));
  }
  const forums = specs.filter((s) => s.kind === 'forum');
  if (forums.length > 0) {
    // In columns, centred under the house.
    const cols = Math.min(columns, forums.length);
    const rows = Math.ceil(forums.length / cols);
    const widths = Array.from({ length: cols }, (_, c) =>
      Math.max(...forums.slice(c * rows, (c + 1) * rows).map((f) => f.w + LABEL_GAP + f.textW + 2 * LABEL_PAD)),
    );
    const total = widths.reduce((a, b) => a + b, 0) + (cols - 1) * CLUSTERS_DEFAULTS.colGap;
    let x = -total / 2;
    const top = (house ? house.h / 2 : 0) + CLUSTERS_DEFAULTS.gap;
    for (let c = 0; c < cols; c += 1) {
      let y = top;
      for (const f of forums.slice(c * rows, (c + 1) * rows)) {
        const h = Math.max(f.h, f.textH + 2 * LABEL_PAD);
        corePositions[f.id] = { x: round(x + f.w / 2), y: round(y + h / 2) };
        boxes.push(...nodeBoxes(f, corePositions[f.id], CENTRE, 'right'));
        y += h + CLUSTERS_DEFAULTS.rowGap;
      }
      x += widths[c] + CLUSTERS_DEFAULTS.colGap;
    }
  }
  return { core: boxes.length ? unionBox(boxes) : { x1: 0, y1: 0, x2: 0, y2: 0 }, corePositions };
}

/** Places for a node new in its cluster: under a column of its list, or a new column beside it. */
function clusterCandidates(spec: NodeSpec, specs: NodeSpec[], settled: Positions): Point[] {
  const mates = specs.filter((s) => s.cluster === spec.cluster && s.id !== spec.id && settled[s.id]);
  const centre = settled[HOUSE_NODE_ID] ?? CENTRE;
  if (mates.length === 0) {
    // A cluster new on the map: outward from the house, round the circle.
    const out: Point[] = [];
    for (let r = 200; r < 2000; r += 40)
      for (let k = 0; k < 48; k += 1)
        out.push({ x: centre.x + Math.sin((k / 48) * 2 * Math.PI) * r * 1.8, y: centre.y - Math.cos((k / 48) * 2 * Math.PI) * r });
    return out;
  }
  const pitch = Math.max(spec.h, spec.textH + 2 * LABEL_PAD) + CLUSTERS_DEFAULTS.rowGap;
  const xs = [...new Set(mates.map((m) => settled[m.id].x))].sort((a, b) => a - b);
  const ys = mates.map((m) => settled[m.id].y);
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const out: Point[] = [];
  for (let k = 1; k <= 12; k += 1) for (const x of xs) out.push({ x, y: bottom + k * pitch * 0.5 });
  const right = Math.max(...mates.map((m) => settled[m.id].x + m.w / 2 + LABEL_GAP + m.textW + 2 * LABEL_PAD));
  for (let y = top; y <= bottom + 6 * pitch; y += pitch / 2) out.push({ x: right + CLUSTERS_DEFAULTS.colGap + spec.w / 2, y });
  const left = Math.min(...mates.map((m) => settled[m.id].x - m.w / 2));
  const width = spec.w + LABEL_GAP + spec.textW + 2 * LABEL_PAD;
  for (let y = top; y <= bottom + 6 * pitch; y += pitch / 2) out.push({ x: left - CLUSTERS_DEFAULTS.colGap - width + spec.w / 2, y });
  // Further out, round the cluster, nearest first: there is always somewhere free.
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  for (let r = 20; r < 1500; r += 10)
    for (let k = 0; k < 24; k += 1) out.push({ x: cx + Math.cos((k / 24) * 2 * Math.PI) * r * 2, y: cy + Math.sin((k / 24) * 2 * Math.PI) * r });
  return out;
}

/** A candidate is out when the cluster's frame (with the node) would run into another cluster. */
function frameBlocked(spec: NodeSpec, p: Point, specs: NodeSpec[], settled: Positions): boolean {
  const trial = { ...settled, [spec.id]: p };
  const present = specs.filter((s) => trial[s.id]);
  const frames = clusterFrames(present, trial);
  const own = frames.find((f) => f.code === spec.cluster);
  if (!own) return false;
  const mine = [own.frame, own.title];
  for (const f of frames) {
    if (f.code === spec.cluster) continue;
    for (const a of mine) for (const b of [f.frame, f.title]) if (overlaps(a, b, CLUSTERS_DEFAULTS.gap / 2)) return true;
  }
  // Nor over the house, its forums or their labels.
  for (const s of present) {
    if (s.cluster) continue;
    for (const b of nodeBoxes(s, trial[s.id], trial[HOUSE_NODE_ID] ?? CENTRE, 'outward')) for (const a of mine) if (overlaps(a, b, NODE_GAP)) return true;
  }
  return false;
}

function arrangeClusters(specs: NodeSpec[], previous?: PreviousArrangement | null, options: ArrangeOptions = {}): Positions {
  if (!previous) return arrangeAfresh(specs, options.screen ?? CLUSTERS_DEFAULTS.screen);
  return keepAndPlace(specs, previous, {
    rule: clusterLabelRule,
    groupOf: clusterGroup,
    candidates: (spec, settled) => (spec.cluster ? clusterCandidates(spec, specs, settled) : forumCandidates(settled)),
    blocked: (spec, p, settled) => frameBlocked(spec, p, specs, settled),
  });
}

/** A forum new on the map: round the house. */
function forumCandidates(settled: Positions): Point[] {
  const centre = settled[HOUSE_NODE_ID] ?? CENTRE;
  const out: Point[] = [];
  for (let r = 80; r < 800; r += 20)
    for (let k = 0; k < 36; k += 1) out.push({ x: centre.x + Math.sin((k / 36) * 2 * Math.PI) * r * 1.8, y: centre.y - Math.cos((k / 36) * 2 * Math.PI) * r });
  return out;
}

/** Members and forums read as lists, names to the right. */
function clusterLabelRule(): LabelRule {
  return 'right';
}

function clusterGroup(spec: NodeSpec): string {
  return spec.cluster ? `cluster:${spec.cluster}` : spec.kind;
}

export const clustersLayout: LayoutDefinition = {
  label: 'Domeinclusters',
  description: 'Per domeincluster van het rapport (Tabel 14 tot 25), elk als een groep.',
  labelRule: clusterLabelRule,
  groupOf: clusterGroup,
  arrange: arrangeClusters,
  refine: null,
};
