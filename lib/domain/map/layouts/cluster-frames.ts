import { LABEL_BACKGROUND_PADDING, bodyBox, labelSpot } from '../labels/label-spot';
import { textWidth } from '../labels/text-width';
import { wrapLabel } from '../labels/wrap-label';
import { MAP_FONTS, textHeight, type NodeSpec } from '../node-specs';
import { boxAround, unionBox, type Box } from './geometry';
import type { Positions } from './types';

/** Room inside a cluster's frame around its nodes and labels (Cytoscape's compound padding). */
export const CLUSTER_PADDING = 6;
/** A cluster's name wraps at its frame's width, or this if the frame is narrower; three lines at most. */
const CLUSTER_TITLE_WIDTH = 220;
/** Between a frame's top and its name above it. */
export const CLUSTER_TITLE_GAP = 3;

export function clusterNodeId(code: string): string {
  return `cluster:${code}`;
}

export interface ClusterTitle {
  lines: string[];
  w: number;
  h: number;
}

export function clusterTitle(name: string, width = CLUSTER_TITLE_WIDTH): ClusterTitle {
  const lines = wrapLabel(name, Math.max(CLUSTER_TITLE_WIDTH, width), MAP_FONTS.cluster, 3);
  return { lines, w: Math.max(...lines.map((l) => textWidth(l, MAP_FONTS.cluster))), h: textHeight(lines.length, MAP_FONTS.cluster) };
}

/** A cluster as drawn: its frame round its members and its name above. */
export interface ClusterFrame {
  code: string;
  name: string;
  frame: Box;
  title: Box;
  titleLines: string[];
}

/**
 * The label box as Cytoscape counts it for a compound's size: the text, its background padding
 * and its 2 px margin of error.
 */
function drawnLabelBox(spec: NodeSpec, x: number, y: number): Box | null {
  if (spec.inside || spec.lines.length === 0) return null;
  const spot = labelSpot(spec, { x, y }, { x: 0, y: 0 }, 'right');
  const pad = LABEL_BACKGROUND_PADDING + 2;
  return boxAround(x + spot.dx, y + spot.dy, spec.textW + 2 * pad, spec.textH + 2 * pad);
}

/**
 * The frame of each cluster as Cytoscape draws it (members with their labels, plus the padding)
 * and its name above it: for the layout's spacing, the SVG export and the tests.
 */
export function clusterFrames(specs: NodeSpec[], positions: Positions): ClusterFrame[] {
  const members = new Map<string, Box[]>();
  const names = new Map<string, string>();
  for (const spec of specs) {
    const p = positions[spec.id];
    if (!spec.cluster || !p) continue;
    names.set(spec.cluster, spec.clusterName ?? spec.cluster);
    const boxes = members.get(spec.cluster) ?? [];
    boxes.push(bodyBox(spec, p));
    const label = drawnLabelBox(spec, p.x, p.y);
    if (label) boxes.push(label);
    members.set(spec.cluster, boxes);
  }
  return [...members].map(([code, boxes]) => {
    const inner = unionBox(boxes);
    const frame = { x1: inner.x1 - CLUSTER_PADDING, y1: inner.y1 - CLUSTER_PADDING, x2: inner.x2 + CLUSTER_PADDING, y2: inner.y2 + CLUSTER_PADDING };
    const name = names.get(code) ?? code;
    const title = clusterTitle(name, frame.x2 - frame.x1);
    const cx = (frame.x1 + frame.x2) / 2;
    const bottom = frame.y1 - CLUSTER_TITLE_GAP;
    return { code, name, frame, title: { x1: cx - title.w / 2, y1: bottom - title.h, x2: cx + title.w / 2, y2: bottom }, titleLines: title.lines };
  });
}
