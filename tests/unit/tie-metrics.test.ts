import { describe, expect, it } from 'vitest';
import type { LevelCode } from '@/lib/domain/levels';
import { cutPointSentence, densitySentence, unconnectedSentence } from '@/lib/domain/ties/metric-sentences';
import { networkMetrics, type MetricsInput } from '@/lib/domain/ties/network-metrics';
import type { TieKind } from '@/lib/domain/ties/tie-kinds';
import Graph from 'graphology';
import { countConnectedComponents } from 'graphology-components';
import { createRandom } from '@/seed/demo/prng';

const actor = (id: string, level: LevelCode = 'gemiddeld') => ({ id, name: id, level });
const tie = (from: string, to: string, kind: TieKind = 'afstemming') => ({ from, to, kind });

describe('the network figures of a house, against small networks computed by hand', () => {
  it('a path A → B – C: density 2 of 3 pairs, B the only bridge and the one point of failure', () => {
    const m = networkMetrics({ actors: [actor('A', 'kernpartner'), actor('B'), actor('C', 'minimaal')], forums: [], ties: [tie('A', 'B', 'doorverwijzing'), tie('B', 'C')] });
    expect(m).toMatchObject({ partners: 3, possiblePairs: 3, tiedPairs: 2, density: 0.667, ties: 2, unconnected: [] });
    expect(m.tiesByKind).toEqual({ doorverwijzing: 1, afstemming: 1, 'co-creatie': 0, 'informatie-uitwisseling': 0 });
    // B lies on the one shortest path between A and C: 1 of the 1 pair of others.
    expect(m.partnerFigures.map((p) => [p.id, p.ties, p.betweenness])).toEqual([['B', 2, 1], ['A', 1, 0], ['C', 1, 0]]);
    expect(m.cutPoints).toEqual([{ id: 'B', name: 'B', kind: 'partner', parts: [['A'], ['C']] }]);
    expect(cutPointSentence(m.cutPoints[0])).toBe('Zonder ‘B’ valt het netwerk uiteen in 2 delen die elkaar alleen nog via het huis vinden: (1) ‘A’; (2) ‘C’.');
    expect(densitySentence(m)).toContain('Van de 3 mogelijke paren onder de 3 rechtstreeks betrokken partners werken er 2 samen (67%)');
  });

  it('a triangle with a tail: C links the tail D to A and B (betweenness 2 of 3 pairs)', () => {
    const m = networkMetrics({ actors: ['A', 'B', 'C', 'D'].map((id) => actor(id)), forums: [], ties: [tie('A', 'B'), tie('B', 'C', 'co-creatie'), tie('C', 'A'), tie('C', 'D', 'informatie-uitwisseling')] });
    expect(m.density).toBe(0.667);
    expect(m.partnerFigures[0]).toMatchObject({ id: 'C', ties: 3, betweenness: 0.667 });
    expect(m.partnerFigures.slice(1).map((p) => p.betweenness)).toEqual([0, 0, 0]);
    expect(m.cutPoints).toEqual([{ id: 'C', name: 'C', kind: 'partner', parts: [['A', 'B'], ['D']] }]);
  });

  it('a forum that alone holds two partners together is a point of failure; partners without a tie are named', () => {
    const input: MetricsInput = {
      actors: [actor('A'), actor('B'), actor('C'), actor('D'), actor('E', 'nog_niet')],
      forums: [{ id: 'f1', name: 'Scholenoverleg', members: ['C', 'D'] }, { id: 'f2', name: 'Leeg overleg', members: ['E'] }],
      ties: [tie('A', 'B', 'doorverwijzing'), tie('B', 'A', 'doorverwijzing'), tie('A', 'E')],
    };
    const m = networkMetrics(input);
    // Two doorverwijzingen between A and B are two ties but one tied pair; E (nog niet) is no partner.
    expect(m).toMatchObject({ partners: 4, possiblePairs: 6, tiedPairs: 1, density: 0.167, ties: 3 });
    expect(m.partnerFigures.find((p) => p.id === 'A')).toMatchObject({ ties: 3, betweenness: 0 });
    expect(m.unconnected.map((u) => u.id)).toEqual(['C', 'D']);
    expect(unconnectedSentence(m)).toBe('2 partners werken met geen enkele andere partner samen: ze zijn alleen via het huis (of een overleg) met de rest verbonden.');
    expect(m.cutPoints).toEqual([{ id: 'f1', name: 'Scholenoverleg', kind: 'overleg', parts: [['C'], ['D']] }]);
  });

  it('a ring has no point of failure and every member the same betweenness', () => {
    const m = networkMetrics({ actors: ['A', 'B', 'C', 'D'].map((id) => actor(id)), forums: [], ties: [tie('A', 'B'), tie('B', 'C'), tie('C', 'D'), tie('D', 'A')] });
    expect(m.cutPoints).toEqual([]);
    // In a 4-cycle each node lies on one of the two shortest paths of the opposite pair: 0.5 of 3 pairs.
    expect(m.partnerFigures.map((p) => p.betweenness)).toEqual([0.167, 0.167, 0.167, 0.167]);
    expect(m.density).toBe(0.667);
  });

  it('says so when there is nothing to compute yet', () => {
    const m = networkMetrics({ actors: [actor('A')], forums: [], ties: [] });
    expect(m.density).toBeNull();
    expect(densitySentence(m)).toBe('Er zijn minder dan twee rechtstreeks betrokken organisaties benoemd: er valt nog geen dichtheid te berekenen.');
    expect(networkMetrics({ actors: [], forums: [], ties: [] }).partnerFigures).toEqual([]);
  });

  it('finds the same points of failure as removing each node in turn, on 200 random networks', () => {
    const random = createRandom(42);
    for (let round = 0; round < 200; round++) {
      const ids = Array.from({ length: random.int(2, 14) }, (_, i) => `n${i}`);
      const ties = Array.from({ length: random.int(0, 18) }, () => tie(random.pick(ids), random.pick(ids)));
      const m = networkMetrics({ actors: ids.map((id) => actor(id)), forums: [], ties });
      const graph = new Graph({ type: 'undirected' });
      ids.forEach((id) => graph.addNode(id));
      ties.filter((t) => t.from !== t.to).forEach((t) => graph.mergeEdge(t.from, t.to));
      const before = countConnectedComponents(graph);
      const brute = ids.filter((id) => {
        if (graph.degree(id) < 2) return false;
        const copy = graph.copy();
        copy.dropNode(id);
        return countConnectedComponents(copy) > before;
      });
      expect(m.cutPoints.map((c) => c.id).sort(), `round ${round}`).toEqual(brute.sort());
    }
  });
});
