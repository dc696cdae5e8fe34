import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { undirectedDensity } from 'graphology-metrics/graph/density';
import { isDirect, type LevelCode } from '../levels';
import type { NetworkTie } from './tie';
import { TIE_KINDS, type TieKind } from './tie-kinds';

/**
 * What a house's ties tell about its partnership (the "Netwerk" panel), computed with graphology
 * and graphology-metrics rather than by hand. The network is the house's directly involved named
 * organisations (minimaal, gemiddeld, kernpartner) and the forums the house takes part in; its
 * links are the ties between those partners (any kind, either direction: a doorverwijzing joins
 * the two as much as an afstemming does) and the partners' seats in the forums. The house itself
 * is left out: through the house everyone is linked, and the question is what holds without it.
 * Pure: the page, the overview and bench/ties-metrics.ts call it alike.
 */
export interface MetricsInput {
  actors: readonly { id: string; name: string; level: LevelCode }[];
  forums: readonly { id: string; name: string; members: readonly string[] }[];
  ties: readonly Pick<NetworkTie, 'from' | 'to' | 'kind'>[];
}

export interface PartnerFigure {
  id: string;
  name: string;
  level: LevelCode;
  /** Ties with other organisations of the house (every kind, counted once per tie). */
  ties: number;
  /** Betweenness centrality, normalised to 0..1: the share of shortest paths between two others that pass here. */
  betweenness: number;
}

export interface CutPoint {
  id: string;
  name: string;
  kind: 'partner' | 'overleg';
  /**
   * The separate parts its part of the network falls into without it (names of partners and
   * forums, sorted), the largest first: they then find each other only through the house.
   */
  parts: string[][];
}

export interface NetworkMetrics {
  /** Directly involved named organisations. */
  partners: number;
  /** Pairs of partners that have at least one tie, and all possible pairs. */
  tiedPairs: number;
  possiblePairs: number;
  /** tiedPairs / possiblePairs; null with fewer than two partners. */
  density: number | null;
  ties: number;
  tiesByKind: Record<TieKind, number>;
  /** Every partner, the strongest bridge ("brugfiguur") first. */
  partnerFigures: PartnerFigure[];
  /** Partners without a tie to any other partner: linked only through the house (or a forum). */
  unconnected: { id: string; name: string }[];
  /** Partners or forums whose absence splits the network. */
  cutPoints: CutPoint[];
}

const forumNode = (id: string) => `forum:${id}`;

export function networkMetrics(input: MetricsInput): NetworkMetrics {
  const partners = input.actors.filter((a) => isDirect(a.level));
  const partnerIds = new Set(partners.map((p) => p.id));
  const actorIds = new Set(input.actors.map((a) => a.id));
  const tiesByKind = Object.fromEntries(TIE_KINDS.map((k) => [k, 0])) as Record<TieKind, number>;
  const tieCount = new Map<string, number>();
  const ties = input.ties.filter((t) => actorIds.has(t.from) && actorIds.has(t.to) && t.from !== t.to);
  for (const tie of ties) {
    tiesByKind[tie.kind] += 1;
    tieCount.set(tie.from, (tieCount.get(tie.from) ?? 0) + 1);
    tieCount.set(tie.to, (tieCount.get(tie.to) ?? 0) + 1);
  }

  // The partners alone, with one edge per tied pair: the density.
  const among = new Graph({ type: 'undirected', multi: false });
  for (const p of partners) among.addNode(p.id);
  for (const tie of ties) if (partnerIds.has(tie.from) && partnerIds.has(tie.to)) among.mergeEdge(tie.from, tie.to);
  const possiblePairs = (partners.length * (partners.length - 1)) / 2;

  // Partners and forums, linked by ties and forum seats: bridges and single points of failure.
  const names = new Map<string, { name: string; kind: CutPoint['kind'] }>();
  const network = among.copy();
  for (const p of partners) names.set(p.id, { name: p.name, kind: 'partner' });
  for (const forum of input.forums) {
    const members = forum.members.filter((m) => partnerIds.has(m));
    if (members.length === 0) continue;
    network.addNode(forumNode(forum.id));
    names.set(forumNode(forum.id), { name: forum.name, kind: 'overleg' });
    for (const m of members) network.mergeEdge(forumNode(forum.id), m);
  }
  const betweenness = network.order > 2 ? betweennessCentrality(network, { normalized: true }) : {};

  const partnerFigures = partners
    .map((p) => ({ id: p.id, name: p.name, level: p.level, ties: tieCount.get(p.id) ?? 0, betweenness: round(betweenness[p.id] ?? 0) }))
    .sort((a, b) => b.betweenness - a.betweenness || b.ties - a.ties || a.name.localeCompare(b.name, 'nl'));

  return {
    partners: partners.length,
    tiedPairs: among.size,
    possiblePairs,
    density: partners.length < 2 ? null : round(undirectedDensity(among)),
    ties: ties.length,
    tiesByKind,
    partnerFigures,
    unconnected: partners
      .filter((p) => among.degree(p.id) === 0)
      .map((p) => ({ id: p.id, name: p.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    cutPoints: cutPoints(network, names),
  };
}

/**
 * A node is a single point of failure when the network without it has more separate parts than
 * with it (an articulation point). graphology has no function for these, so they are found with
 * Hopcroft and Tarjan's depth-first search (one pass over the graph, O(nodes + links)); the parts
 * each one leaves are then counted with graphology-components on the network without it.
 */
function cutPoints(network: Graph, names: Map<string, { name: string; kind: CutPoint['kind'] }>): CutPoint[] {
  const out: CutPoint[] = [];
  for (const node of articulationPoints(network)) {
    const without = network.copy();
    without.dropNode(node);
    const neighbours = new Set(network.neighbors(node));
    const named = connectedComponents(without)
      .filter((part) => part.some((n) => neighbours.has(n)))
      .map((part) => part.map((n) => names.get(n)?.name ?? n).sort(byName))
      .sort((a, b) => b.length - a.length || byName(a[0], b[0]));
    const self = names.get(node)!;
    out.push({ id: node.startsWith('forum:') ? node.slice(6) : node, name: self.name, kind: self.kind, parts: named });
  }
  return out.sort((a, b) => b.parts.length - a.parts.length || byName(a.name, b.name));
}

/** Articulation points of an undirected graph: iterative DFS with discovery times and low links. */
function articulationPoints(graph: Graph): string[] {
  const discovered = new Map<string, number>();
  const low = new Map<string, number>();
  const cut = new Set<string>();
  let time = 0;
  graph.forEachNode((root) => {
    if (discovered.has(root)) return;
    discovered.set(root, time);
    low.set(root, time++);
    let rootChildren = 0;
    // Each frame: a node, its parent, and the neighbours still to visit.
    const stack: { node: string; parent: string | null; next: string[] }[] = [{ node: root, parent: null, next: graph.neighbors(root) }];
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const neighbour = frame.next.pop();
      if (neighbour !== undefined) {
        if (!discovered.has(neighbour)) {
          discovered.set(neighbour, time);
          low.set(neighbour, time++);
          if (frame.node === root) rootChildren++;
          stack.push({ node: neighbour, parent: frame.node, next: graph.neighbors(neighbour) });
        } else if (neighbour !== frame.parent) {
          low.set(frame.node, Math.min(low.get(frame.node)!, discovered.get(neighbour)!));
        }
        continue;
      }
      stack.pop();
      if (frame.parent === null) continue;
      low.set(frame.parent, Math.min(low.get(frame.parent)!, low.get(frame.node)!));
      if (frame.parent !== root && low.get(frame.node)! >= discovered.get(frame.parent)!) cut.add(frame.parent);
    }
    if (rootChildren > 1) cut.add(root);
  });
  return [...cut];
}

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'nl');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
