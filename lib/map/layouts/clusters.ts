import { HOUSE_NODE_ID, forumNodeId, type MapModel } from '../to-elements';
import type { LayoutDefinition, Positions } from './types';

export const CLUSTERS_DEFAULTS = {
  /** Clusters per row. */
  columns: 4,
  /** Distance between two nodes inside a cluster. */
  cell: 96,
  /** Room around the nodes of one cluster (label, padding). */
  gutter: 90,
};

export function clusterNodeId(code: string): string {
  return `cluster:${code}`;
}

/**
 * Domain clusters: each cluster a compound group in a grid, in report order; its nodes in a small
 * grid inside (sorted entries); the house and its forums in a row above. Deterministic.
 */
function clusterPositions(model: MapModel): Positions {
  const positions: Positions = {};
  const groups = new Map<string, string[]>();
  for (const entry of model.entries) {
    if (entry.placement !== 'ring') continue;
    const list = groups.get(entry.cluster) ?? [];
    list.push(entry.key);
    groups.set(entry.cluster, list);
  }
  const codes = [...groups.keys()].sort((a, b) => {
    const ea = model.entries.find((e) => e.cluster === a)!;
    const eb = model.entries.find((e) => e.cluster === b)!;
    return ea.clusterOrder - eb.clusterOrder;
  });
  const { columns, cell, gutter } = CLUSTERS_DEFAULTS;
  const sizes = codes.map((code) => {
    const n = groups.get(code)!.length;
    const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
    return { cols, rows: Math.ceil(n / cols) };
  });
  const colWidth = Math.max(...sizes.map((s) => s.cols), 1) * cell + gutter;
  let y = 0;
  for (let start = 0; start < codes.length; start += columns) {
    const rowCodes = codes.slice(start, start + columns);
    const rowHeight = Math.max(...sizes.slice(start, start + columns).map((s) => s.rows)) * cell + gutter;
    rowCodes.forEach((code, i) => {
      const { cols } = sizes[start + i];
      const cx = (i - (rowCodes.length - 1) / 2) * colWidth;
      groups.get(code)!.forEach((key, j) => {
        const col = j % cols;
        const row = Math.floor(j / cols);
        positions[key] = { x: cx + (col - (cols - 1) / 2) * cell, y: y + row * cell };
      });
    });
    y += rowHeight;
  }
  const top = -cell * 2;
  positions[HOUSE_NODE_ID] = { x: 0, y: top };
  model.forums.forEach((forum, i) => {
    // Alternately right and left of the house.
    positions[forumNodeId(forum.id)] = { x: (Math.floor(i / 2) + 1) * 170 * (i % 2 === 0 ? 1 : -1), y: top };
  });
  return positions;
}

export const clustersLayout: LayoutDefinition = {
  label: 'Domeinclusters',
  description: 'Per domeincluster van het rapport (Tabel 14 tot 25), elk als een groep.',
  positions: clusterPositions,
};
