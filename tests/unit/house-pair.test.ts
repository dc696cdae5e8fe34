import { describe, expect, it } from 'vitest';
import { buildPairComparison } from '@/lib/domain/house-pair';
import { matchHouses, normaliseSearch } from '@/lib/domain/house-search';
import type { LevelCode } from '@/lib/domain/levels';

const TYPES = [
  { code: 'ocmw', name: 'OCMW', cluster: 'c1', mandatory: false },
  { code: 'caw', name: 'CAW', cluster: 'c1', mandatory: false },
  { code: 'bib', name: 'Bibliotheek', cluster: 'c2', mandatory: false },
  { code: 'cb', name: 'Consultatiebureau', cluster: 'c2', mandatory: true },
];
const levels = (entries: [string, LevelCode][]) => new Map(entries);

describe('house A beside house B', () => {
  it('puts both answers per type side by side and says who involves it directly', () => {
    const pair = buildPairComparison(
      TYPES,
      levels([['ocmw', 'kernpartner'], ['caw', 'minimaal'], ['bib', 'nog_niet']]),
      levels([['ocmw', 'kernpartner'], ['caw', 'niet'], ['bib', 'gemiddeld'], ['cb', 'kernpartner']]),
    );
    expect(pair.rows.map((r) => [r.code, r.a, r.b, r.direct, r.differs])).toEqual([
      ['ocmw', 'kernpartner', 'kernpartner', 'both', false],
      ['caw', 'minimaal', 'niet', 'a', true],
      ['bib', 'nog_niet', 'gemiddeld', 'b', true],
      ['cb', null, 'kernpartner', 'b', true],
    ]);
    expect(pair.a).toEqual({ direct: 2, kernpartners: 1 });
    expect(pair.b).toEqual({ direct: 3, kernpartners: 2 });
    expect([pair.onlyA, pair.onlyB]).toEqual([1, 2]);
  });

  it('counts indirect and not-present answers as not direct, and no answer as a difference', () => {
    const pair = buildPairComparison(TYPES, levels([['ocmw', 'indirect'], ['caw', 'niet_aanwezig']]), levels([['ocmw', 'indirect']]));
    expect(pair.rows.map((r) => [r.direct, r.differs])).toEqual([['neither', false], ['neither', true], ['neither', false], ['neither', false]]);
  });
});

describe('finding a house in the picker', () => {
  const houses = [
    { id: 'demo-001', name: 'Huis van het Kind Sint-Niklaas', detail: 'Sint-Niklaas · Oost-Vlaanderen' },
    { id: 'demo-002', name: 'Huis van het Kind Aalst', detail: 'Aalst · Oost-Vlaanderen' },
    { id: 'demo-003', name: 'Huis van het Kind Meetjesland', detail: 'Eeklo, Maldegem · Oost-Vlaanderen' },
    { id: 'demo-004', name: 'Huis van het Kind Brugge', detail: 'Brugge · West-Vlaanderen' },
  ];

  it('matches part of a name in any case, with or without accents and hyphens', () => {
    expect(normaliseSearch('  Sint-Niklaas  Één ')).toBe('sint niklaas een');
    expect(matchHouses(houses, 'sint niklaas').map((h) => h.id)).toEqual(['demo-001']);
    expect(matchHouses(houses, 'AALST').map((h) => h.id)).toEqual(['demo-002']);
  });

  it('matches a municipality of the area, the province and the code', () => {
    expect(matchHouses(houses, 'maldegem').map((h) => h.id)).toEqual(['demo-003']);
    expect(matchHouses(houses, 'west-vlaanderen').map((h) => h.id)).toEqual(['demo-004']);
    expect(matchHouses(houses, 'demo-002').map((h) => h.id)).toEqual(['demo-002']);
  });

  it('needs every word, puts names that start with the query first, and gives all for an empty query', () => {
    expect(matchHouses(houses, 'oost brugge')).toEqual([]);
    expect(matchHouses(houses, 'me').map((h) => h.id)).toEqual(['demo-003']);
    expect(matchHouses(houses, 'a').map((h) => h.id).slice(0, 1)).toEqual(['demo-002']);
    expect(matchHouses(houses, '')).toHaveLength(4);
  });
});
