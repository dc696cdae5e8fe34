import type { LevelCode } from '../levels';
import { shortName, wrapLabel } from './labels/wrap-label';
import { textWidth, type LabelFont } from './labels/text-width';
import { NODE_SIZE } from './legend';
import { ringOf } from './map-entries';
import { HOUSE_NODE_ID, forumNodeId } from './node-ids';
import type { MapModel } from './to-elements';
import { deepFreeze } from '../deep-freeze';

/**
 * Type sizes of the map in model units (pixels at zoom 1). The layouts keep the whole map at a
 * zoom where 13 reads as at least 12 px, on a projector and on a laptop.
 */
export const MAP_FONTS = {
  actor: { size: 13, bold: false, italic: false },
  core: { size: 13, bold: true, italic: false },
  missing: { size: 13, bold: true, italic: false },
  forum: { size: 13, bold: false, italic: true },
  house: { size: 18, bold: true, italic: false },
  cluster: { size: 14, bold: true, italic: false },
} as const satisfies Record<string, LabelFont>;

/** Cytoscape's line height for labels (and the SVG's): lines a little apart. */
export const LINE_HEIGHT = 1.15;
/** Widest line of a label; a single long word may run a fifth wider. */
const LABEL_WIDTH = 150;
const LABEL_LINES = 2;
/** A name in a cluster's list: one line, this wide at most. */
const LIST_LABEL_WIDTH = 230;
/** Nodes in a list are drawn smaller: a row is only as tall as a line of text. */
export const LIST_NODE_SCALE = 0.6;

/** A node's size in a list (or on the map, at scale 1). */
export function listSize(size: number, scale: number): number {
  return Math.round(size * scale);
}
const HOUSE_LABEL_WIDTH = 230;
/** Border widths as the stylesheet draws them: they count in a node's box. */
export const BORDER = { core: 3, other: 2, missing: 3, forum: 2.5, house: 4 } as const;

/**
 * The room a node takes on screen: Cytoscape counts its border on both sides in full, and the
 * mitred corners of a diamond, triangle or hexagon reach a little further (measured: a 24 px
 * diamond with a 2 px border is 28.8 px wide).
 */
function drawnBox(bodyW: number, bodyH: number, border: number): { w: number; h: number } {
  return { w: bodyW + 2 * border + 1.5, h: bodyH + 2 * border + 1 };
}

export type SpecKind = 'house' | 'forum' | 'actor' | 'type' | 'missing';

/** What the layouts need to know of a node: its size, its label's lines and their size. */
export interface NodeSpec {
  id: string;
  kind: SpecKind;
  level: LevelCode | null;
  /** 0 the house, 1 kernpartner … 5 nog niet and missing; forums sit between 3 and 4. */
  ring: number;
  cluster: string | null;
  clusterName: string | null;
  clusterOrder: number;
  /** For an indirect entry, the forum that carries it. */
  via: string | null;
  /** The node's shape as the stylesheet sizes it (width, height), border outside it. */
  bodyW: number;
  bodyH: number;
  /** The room the drawn node takes, as Cytoscape counts it: border and mitred corners included. */
  w: number;
  h: number;
  font: LabelFont;
  lines: string[];
  /** Size of the text block. */
  textW: number;
  textH: number;
  /** The label is drawn on the node (the house), not beside it. */
  inside: boolean;
  fullName: string;
}

export function textHeight(lines: number, font: LabelFont): number {
  return lines === 0 ? 0 : font.size * (lines + (lines - 1) * (LINE_HEIGHT - 1));
}

function spec(base: Omit<NodeSpec, 'lines' | 'textW' | 'textH'>, text: string, width: number, maxLines: number): NodeSpec {
  const lines = wrapLabel(text, width, base.font, maxLines);
  return { ...base, lines, textW: Math.max(0, ...lines.map((l) => textWidth(l, base.font))), textH: textHeight(lines.length, base.font) };
}

export interface SpecOptions {
  /**
   * The clusters' lists: each name on one line, wider, as in a list (members stack in columns, so
   * a second line would cost more height than the width it saves).
   */
  list?: boolean;
  /**
   * A phone: only the kernpartners and gemiddeld partners carry their names on the map (the
   * others show theirs on a tap), so those that do can be large enough to read.
   */
  compact?: boolean;
}

/** The levels whose names stay on a phone's map. */
const COMPACT_LABELS = new Set(['kernpartner', 'gemiddeld']);

/**
 * One spec per node of the map (the house, its forums, every entry on a ring), in the sorted
 * order of the entries. Pure: the browser, the SVG export and the tests get the same sizes.
 */
/** Specs of frozen (shared) models, per house name and options: label wrapping is the costly part of drawing a map's elements. */
const specsOfFrozen = new WeakMap<MapModel, Map<string, readonly NodeSpec[]>>();

export function nodeSpecs(houseName: string, model: MapModel, options: SpecOptions = {}): NodeSpec[] {
  if (!Object.isFrozen(model)) return buildNodeSpecs(houseName, model, options);
  const key = `${houseName}\u0000${options.list ? 'list' : ''}\u0000${options.compact ? 'compact' : ''}`;
  let byKey = specsOfFrozen.get(model);
  if (!byKey) specsOfFrozen.set(model, (byKey = new Map()));
  let specs = byKey.get(key);
  if (!specs) byKey.set(key, (specs = deepFreeze(buildNodeSpecs(houseName, model, options))));
  return specs as NodeSpec[];
}

function buildNodeSpecs(houseName: string, model: MapModel, options: SpecOptions): NodeSpec[] {
  const specs = allSpecs(
    houseName,
    model,
    options.list ? { width: LIST_LABEL_WIDTH, lines: 1, scale: LIST_NODE_SCALE } : { width: LABEL_WIDTH, lines: LABEL_LINES, scale: 1 },
  );
  if (!options.compact) return specs;
  return specs.map((s) =>
    s.kind === 'house' || (s.kind !== 'missing' && s.kind !== 'forum' && COMPACT_LABELS.has(s.level ?? '')) ? s : { ...s, lines: [], textW: 0, textH: 0 },
  );
}

function allSpecs(houseName: string, model: MapModel, wrap: { width: number; lines: number; scale: number }): NodeSpec[] {
  const specs: NodeSpec[] = [];
  const house = { size: MAP_FONTS.house.size, bold: true, italic: false };
  const houseLines = wrapLabel(shortName(houseName), HOUSE_LABEL_WIDTH, house, 3);
  const houseW = Math.max(...houseLines.map((l) => textWidth(l, house)));
  const houseH = textHeight(houseLines.length, house);
  specs.push({
    id: HOUSE_NODE_ID,
    kind: 'house',
    level: null,
    ring: 0,
    cluster: null,
    clusterName: null,
    clusterOrder: 0,
    via: null,
    bodyW: Math.round(houseW + 28),
    bodyH: Math.round(houseH + 20),
    ...drawnBox(Math.round(houseW + 28), Math.round(houseH + 20), BORDER.house),
    font: house,
    lines: houseLines,
    textW: houseW,
    textH: houseH,
    inside: true,
    fullName: houseName,
  });
  for (const forum of model.forums) {
    specs.push(
      spec(
        {
          id: forumNodeId(forum.id),
          kind: 'forum',
          level: null,
          ring: 3.5,
          cluster: null,
          clusterName: null,
          clusterOrder: 0,
          via: null,
          bodyW: 18,
          bodyH: 18,
          ...drawnBox(18, 18, BORDER.forum),
          font: MAP_FONTS.forum,
          inside: false,
          fullName: forum.name,
        },
        shortName(forum.name),
        LABEL_WIDTH,
        LABEL_LINES,
      ),
    );
  }
  for (const entry of model.entries) {
    if (entry.placement !== 'ring') continue;
    const missing = entry.kind === 'missing';
    const core = entry.level === 'kernpartner' && !missing;
    const size = listSize(missing ? 30 : NODE_SIZE[entry.level ?? 'niet'], wrap.scale);
    const height = missing ? listSize(26, wrap.scale) : size;
    const border = missing ? BORDER.missing : core ? BORDER.core : BORDER.other;
    const font = missing ? MAP_FONTS.missing : core ? MAP_FONTS.core : MAP_FONTS.actor;
    specs.push(
      spec(
        {
          id: entry.key,
          kind: entry.kind,
          level: entry.level,
          ring: ringOf(entry),
          cluster: entry.cluster,
          clusterName: entry.clusterName,
          clusterOrder: entry.clusterOrder,
          via: entry.level === 'indirect' && entry.via ? forumNodeId(entry.via.id) : null,
          bodyW: size,
          bodyH: height,
          ...drawnBox(size, height, border),
          font,
          inside: false,
          fullName: entry.name,
        },
        `${missing ? '! ' : ''}${shortName(entry.name)}`,
        wrap.width,
        wrap.lines,
      ),
    );
  }
  return specs;
}
