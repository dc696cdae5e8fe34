import { wantsMore } from '../desired-level';
import type { HouseNetwork } from '../house-network';
import { clusterNodeId, clusterTitle } from './layouts/cluster-frames';
import { toMapEntries, type MapEntry } from './map-entries';
import { HOUSE_NODE_ID, forumNodeId } from './node-ids';
import { nodeSpecs } from './node-specs';
import { deepFreeze } from '../deep-freeze';
import { perFrozen } from '../per-frozen';

/** A Cytoscape element definition, kept as plain data so it can be built and tested anywhere. */
export interface MapElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | boolean | null> & { id: string };
  classes: string;
}

export { HOUSE_NODE_ID, forumNodeId } from './node-ids';

export interface MapModel {
  entries: MapEntry[];
  /** Forums drawn on the map: those the house takes part in and those carrying an indirect link. */
  forums: { id: string; name: string }[];
}

/** The map model of a network; of a frozen (shared) network made once and frozen too (graph/stamped-cache.ts, lib/domain/map/network-on-wire.ts). */
export const toMapModel: (network: HouseNetwork) => MapModel = perFrozen(buildMapModel, deepFreeze);

function buildMapModel(network: HouseNetwork): MapModel {
  const entries = toMapEntries(network);
  const forums = new Map(network.forums.map((f) => [f.id, { id: f.id, name: f.name }]));
  for (const entry of entries) if (entry.placement === 'ring' && entry.via && !forums.has(entry.via.id)) forums.set(entry.via.id, entry.via);
  return { entries, forums: [...forums.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id)) };
}

function entryClasses(entry: MapEntry): string {
  const classes = ['entry', entry.kind];
  if (entry.level) classes.push(`level-${entry.level}`);
  if (entry.missingMandatory) classes.push('missing-mandatory');
  if (entry.level === 'nog_niet') classes.push('ghost');
  if (entry.regional) classes.push('regional');
  // The plan wants it stronger ("gewenst" above now): a small marker (stylesheet, legend).
  if (wantsMore(entry.desired, entry.level)) classes.push('desired');
  return classes.join(' ');
}

/**
 * The pure translation from a house's partnership to Cytoscape elements: the house in the
 * middle, one node per entry on the map (tray entries stay off it), forum nodes, and edges.
 * An indirect link with a forum runs house → forum → actor, the second leg labelled "via …".
 * Labels carry the lines the layouts measured (lib/domain/map/node-specs.ts); the full name goes along
 * for hover and the detail panel. Where each label sits (lx, ly, justify) the canvas sets once
 * the nodes have their positions.
 */
export function toElements(houseName: string, model: MapModel, options: { clusters?: boolean } = {}): MapElement[] {
  const specs = new Map(nodeSpecs(houseName, model, { list: options.clusters }).map((s) => [s.id, s]));
  const labelData = (id: string) => {
    const spec = specs.get(id)!;
    return { label: spec.lines.join('\n'), fullName: spec.fullName, lx: 0, ly: 0, justify: 'center' };
  };
  const house = specs.get(HOUSE_NODE_ID)!;
  const elements: MapElement[] = [
    { group: 'nodes', data: { id: HOUSE_NODE_ID, ...labelData(HOUSE_NODE_ID), kind: 'house', nw: house.bodyW, nh: house.bodyH }, classes: 'house' },
  ];
  if (options.clusters) {
    const seen = new Set<string>();
    for (const entry of model.entries) {
      if (entry.placement !== 'ring' || seen.has(entry.cluster)) continue;
      seen.add(entry.cluster);
      elements.push({
        group: 'nodes',
        data: { id: clusterNodeId(entry.cluster), label: clusterTitle(entry.clusterName).lines.join('\n'), fullName: entry.clusterName, kind: 'cluster' },
        classes: 'cluster',
      });
    }
  }
  for (const forum of model.forums) {
    elements.push({ group: 'nodes', data: { id: forumNodeId(forum.id), ...labelData(forumNodeId(forum.id)), kind: 'forum' }, classes: 'forum' });
    elements.push({
      group: 'edges',
      data: { id: `edge:${forumNodeId(forum.id)}`, source: HOUSE_NODE_ID, target: forumNodeId(forum.id) },
      classes: 'forum-link',
    });
  }
  for (const entry of model.entries) {
    if (entry.placement !== 'ring') continue;
    elements.push({
      group: 'nodes',
      data: {
        id: entry.key,
        ...labelData(entry.key),
        kind: entry.kind,
        level: entry.level,
        cluster: entry.cluster,
        typeCode: entry.typeCode,
        ...(options.clusters ? { parent: clusterNodeId(entry.cluster) } : {}),
      },
      classes: options.clusters ? `${entryClasses(entry)} in-list` : entryClasses(entry),
    });
    const throughForum = entry.level === 'indirect' && entry.via !== null;
    elements.push({
      group: 'edges',
      data: {
        id: `edge:${entry.key}`,
        source: throughForum ? forumNodeId(entry.via!.id) : HOUSE_NODE_ID,
        target: entry.key,
        label: throughForum ? `via ${entry.via!.name}` : '',
        level: entry.level,
      },
      classes: entry.kind === 'missing' ? 'gap' : `link level-${entry.level}${throughForum ? ' via' : ''}`,
    });
  }
  return elements;
}
