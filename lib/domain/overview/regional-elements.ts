import { shortHouseName } from './short-house-name';
import type { RegionalNetwork } from './regional-network';
import type { LevelCode } from '../levels';

/** A Cytoscape element as plain data, with a deterministic starting position. */
export interface RegionalElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
  classes: string;
  position?: { x: number; y: number };
}

export const houseNodeId = (id: string) => `house:${id}`;
export const organisationNodeId = (id: string) => `org:${id}`;

/**
 * Houses and shared organisations as nodes, one edge per house that names an organisation,
 * classed by level (lib/domain/level-style.ts colours and dashes them). Starting positions are computed,
 * not random, so the picture is the same on every visit: each region on a grid cell, its houses
 * on a circle, each organisation between the houses it serves.
 */
export function toRegionalElements(network: RegionalNetwork): RegionalElement[] {
  const names = new Map(network.houses.map((h) => [h.id, h.name]));
  const position = new Map<string, { x: number; y: number }>();
  const columns = Math.max(1, Math.ceil(Math.sqrt(network.regions.length)));
  network.regions.forEach((region, r) => {
    const cx = (r % columns) * 700;
    const cy = Math.floor(r / columns) * 700;
    const radius = 60 + 30 * region.houses.length;
    region.houses.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / region.houses.length;
      position.set(id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) });
    });
  });
  const elements: RegionalElement[] = network.regions.flatMap((region) =>
    region.houses.map((id) => ({
      group: 'nodes' as const,
      data: { id: houseNodeId(id), label: shortHouseName(names.get(id) ?? id), kind: 'house', region: region.index },
      classes: 'house',
      position: position.get(id),
    })),
  );
  network.organisations.forEach((o, i) => {
    const points = o.links.map((l) => position.get(l.houseId)!).filter(Boolean);
    const jitter = ((i * 37) % 60) - 30;
    elements.push({
      group: 'nodes',
      data: { id: organisationNodeId(o.id), label: o.name, kind: 'organisation', houses: o.links.length, type: o.typeName },
      classes: 'organisation',
      position: {
        x: points.reduce((s, p) => s + p.x, 0) / points.length + jitter,
        y: points.reduce((s, p) => s + p.y, 0) / points.length - jitter,
      },
    });
    for (const link of o.links) {
      elements.push({
        group: 'edges',
        data: { id: `link:${o.id}:${link.houseId}`, source: houseNodeId(link.houseId), target: organisationNodeId(o.id), level: link.level },
        classes: `level-${link.level satisfies LevelCode}`,
      });
    }
  });
  return elements;
}
