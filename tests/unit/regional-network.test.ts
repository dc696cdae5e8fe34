import { describe, expect, it } from 'vitest';
import { toRegionalElements } from '@/lib/domain/overview/regional-elements';
import { buildRegionalNetwork } from '@/lib/domain/overview/regional-network';
import { regionChoices, selectRegion } from '@/lib/domain/region-choice';

const houses = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: `Huis van het Kind ${id.toUpperCase()}`, province: 'Limburg' as const }));
const org = (id: string, typeCode: string, links: [string, string][]) => ({
  id, name: `Org ${id}`, typeCode, typeName: typeCode.toUpperCase(), links: links.map(([houseId, level]) => ({ houseId, level: level as never })),
});

describe('the regional network', () => {
  // Region 1: a, b, c linked by caw1 (a, b) and clb1 (b, c). d names only its own organisation; e and f name none.
  const network = buildRegionalNetwork(
    houses,
    [
      org('caw1', 'caw', [['a', 'kernpartner'], ['b', 'nog_niet']]),
      org('clb1', 'clb', [['b', 'kernpartner'], ['c', 'minimaal']]),
      org('solo', 'caw', [['d', 'kernpartner']]),
    ],
    new Set(['a', 'b', 'c', 'd']),
  );

  it('makes one node of a shared organisation and links its houses into one region', () => {
    expect(network.organisations.map((o) => o.id)).toEqual(['caw1', 'clb1']);
    expect(network.regions).toEqual([{ index: 0, houses: ['a', 'b', 'c'] }]);
    expect(network.singleHouse).toBe(1);
  });

  it('says where each organisation is kernpartner, involved, not involved, and absent in its region', () => {
    const caw = network.organisations.find((o) => o.id === 'caw1')!;
    expect(caw).toMatchObject({ kernpartner: ['a'], involved: [], notInvolved: ['b'], absent: ['c'] });
    const clb = network.organisations.find((o) => o.id === 'clb1')!;
    expect(clb).toMatchObject({ kernpartner: ['b'], involved: ['c'], notInvolved: [], absent: ['a'] });
  });

  it('counts organisations named by one house of the selection only', () => {
    const limburgOnly = buildRegionalNetwork(houses.filter((h) => h.id !== 'c'), [org('clb1', 'clb', [['b', 'kernpartner'], ['c', 'minimaal']]), org('x', 'x', [['z', 'niet']])], new Set(['b']));
    expect(limburgOnly.singleHouse).toBe(1);
    expect(limburgOnly.organisations).toEqual([]);
  });

  it('lists houses with no shared partner apart from houses that name no organisation', () => {
    expect(network.sharesNone.map((h) => h.id)).toEqual(['d']);
    expect(network.namesNone.map((h) => h.id)).toEqual(['e', 'f']);
  });

  it('draws houses and organisations as nodes and one edge per link, classed by level, at fixed positions', () => {
    const elements = toRegionalElements(network);
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['house:a', 'house:b', 'house:c', 'org:caw1', 'org:clb1']);
    expect(elements.filter((e) => e.group === 'edges').map((e) => `${e.data.source}-${e.data.target} ${e.classes}`)).toEqual([
      'house:a-org:caw1 level-kernpartner', 'house:b-org:caw1 level-nog_niet', 'house:b-org:clb1 level-kernpartner', 'house:c-org:clb1 level-minimaal',
    ]);
    expect(toRegionalElements(network)).toEqual(elements);
    expect(elements.every((e) => e.group === 'edges' || Number.isFinite(e.position!.x))).toBe(true);
  });
});

describe('one region at a time', () => {
  // Two regions: a-b-c (two shared organisations) and d-e (one); f shares nothing.
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: `Huis van het Kind ${id.toUpperCase()}`, province: (id < 'd' ? 'Limburg' : 'Antwerpen') as 'Limburg' | 'Antwerpen' }));
  const network = buildRegionalNetwork(
    six,
    [org('caw1', 'caw', [['a', 'kernpartner'], ['b', 'gemiddeld']]), org('clb1', 'clb', [['b', 'minimaal'], ['c', 'kernpartner']]), org('caw2', 'caw', [['d', 'kernpartner'], ['e', 'kernpartner']])],
    new Set(['a', 'b', 'c', 'd', 'e']),
  );

  it('offers every region by a house in it, largest first, with its provinces, size and first houses', () => {
    expect(regionChoices(network)).toEqual([
      { key: 'a', index: 0, houses: 3, organisations: 2, label: 'Regio 1 · Limburg · 3 huizen: A, B, C' },
      { key: 'd', index: 1, houses: 2, organisations: 1, label: 'Regio 2 · Antwerpen · 2 huizen: D, E' },
    ]);
  });

  it('keeps only the chosen region’s houses and organisations, found by any of its houses', () => {
    const { region, index, found } = selectRegion(network, 'e');
    expect([index, found]).toEqual([1, true]);
    expect(region.houses.map((h) => h.id)).toEqual(['d', 'e']);
    expect(region.organisations.map((o) => o.id)).toEqual(['caw2']);
    expect(toRegionalElements(region).filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['house:d', 'house:e', 'org:caw2']);
  });

  it('takes the largest region without a choice, and says so for a house in no region', () => {
    expect(selectRegion(network).index).toBe(0);
    expect(selectRegion(network, 'f')).toMatchObject({ index: 0, found: false });
    expect(selectRegion(buildRegionalNetwork(six, [], new Set()))).toMatchObject({ index: null, found: true });
  });
});
