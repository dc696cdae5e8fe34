import { HOUSE_NODE_ID, forumNodeId, type MapModel } from '../to-elements';
import type { LayoutDefinition, Positions } from './types';

export const CLUSTERS_DEFAULTS = {
  /** Distance between two nodes inside a cluster: across (room for a name), and down. */
  cellX: 124,
  cellY: 92,
  /** Room between two clusters on the circle (their names sit above them). */
  gap: 70,
  /** The circle of clusters stays clear of the house and its forums. */
  minRadius: 330,
  /** Radius of the small ring of forums around the house. */
  forumRadius: 140,
};

export function clusterNodeId(code: string): string {
  return `cluster:${code}`;
}

/**
 * Domain clusters: the house in the middle with its forums around it, and each cluster a compound
 * group on a circle around them, in report order clockwise from the top, so every link runs
 * outward from the house to its group. A cluster takes a share of the circle as large as it is;
 * its nodes sit in a small grid inside (sorted entries). Deterministic.
 */
function clusterPositions(model: MapModel): Positions {
  const positions: Positions = {};
  const groups = new Map<string, { order: number; keys: string[] }>();
  for (const entry of model.entries) {
    if (entry.placement !== 'ring') continue;
    const group = groups.get(entry.cluster) ?? { order: entry.clusterOrder, keys: [] };
    group.keys.push(entry.key);
    groups.set(entry.cluster, group);
  }
  const { cellX, cellY, gap, minRadius, forumRadius } = CLUSTERS_DEFAULTS;
  const boxes = [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ keys }) => {
      // A little wider than high: the cluster's name runs along its top.
      const cols = Math.min(4, Math.max(1, Math.ceil(Math.sqrt(keys.length * 1.2))));
      const rows = Math.ceil(keys.length / cols);
      const w = cols * cellX;
      const h = rows * cellY;
      return { keys, cols, rows, share: Math.hypot(w, h) + gap };
    });
  const circumference = boxes.reduce((sum, b) => sum + b.share, 0);
  const radius = Math.max(minRadius, circumference / (2 * Math.PI));
  let angle = -Math.PI / 2;
  for (const box of boxes) {
    const span = (box.share / circumference) * 2 * Math.PI;
    const middle = angle + span / 2;
    angle += span;
    const cx = Math.cos(middle) * radius;
    const cy = Math.sin(middle) * radius;
    box.keys.forEach((key, j) => {
      const col = j % box.cols;
      const row = Math.floor(j / box.cols);
      positions[key] = { x: cx + (col - (box.cols - 1) / 2) * cellX, y: cy + (row - (box.rows - 1) / 2) * cellY };
    });
  }
  positions[HOUSE_NODE_ID] = { x: 0, y: 0 };
  model.forums.forEach((forum, i) => {
    const a = -Math.PI / 2 + ((i + 0.5) / model.forums.length) * 2 * Math.PI;
    positions[forumNodeId(forum.id)] = { x: Math.cos(a) * forumRadius, y: Math.sin(a) * forumRadius };
  });
  return positions;
}

export const clustersLayout: LayoutDefinition = {
  label: 'Domeinclusters',
  description: 'Per domeincluster van het rapport (Tabel 14 tot 25), elk als een groep.',
  positions: clusterPositions,
};
