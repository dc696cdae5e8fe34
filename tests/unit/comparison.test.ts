import { describe, expect, it } from 'vitest';
import { buildComparison } from '@/lib/domain/overview/comparison';

const types = [
  { code: 'ocmw', name: 'OCMW', cluster: 'c1', mandatory: false },
  { code: 'cb', name: 'Consultatiebureau', cluster: 'c2', mandatory: true },
  { code: 'bib', name: 'Bibliotheek', cluster: 'c1', mandatory: false },
];

describe('a house compared with its group', () => {
  // Group of 5 houses including this one: ocmw direct in 4 (kern in 2, one of them this house), cb direct in 1, bib direct in 3.
  const counts = [
    { typeCode: 'ocmw', level: 'kernpartner' as const, houses: 2 },
    { typeCode: 'ocmw', level: 'minimaal' as const, houses: 2 },
    { typeCode: 'ocmw', level: 'niet' as const, houses: 1 },
    { typeCode: 'cb', level: 'gemiddeld' as const, houses: 1 },
    { typeCode: 'cb', level: 'niet_aanwezig' as const, houses: 3 },
    { typeCode: 'bib', level: 'minimaal' as const, houses: 3 },
    { typeCode: 'bib', level: 'nog_niet' as const, houses: 2 },
  ];
  const own = new Map([['ocmw', 'kernpartner' as const], ['cb', 'niet_aanwezig' as const], ['bib', 'nog_niet' as const]]);
  const comparison = buildComparison(types, own, counts, 5);

  it('leaves the house itself out of the shares', () => {
    expect(comparison.houses).toBe(4);
    const ocmw = comparison.rows.find((r) => r.code === 'ocmw')!;
    expect(ocmw).toMatchObject({ level: 'kernpartner', directShare: 75, kernShare: 25 });
    expect(comparison.rows.find((r) => r.code === 'bib')).toMatchObject({ level: 'nog_niet', directShare: 75, kernShare: 0 });
  });

  it('marks a growth opportunity where most comparable houses involve a type that this house does not', () => {
    expect(comparison.rows.filter((r) => r.opportunity).map((r) => r.code)).toEqual(['bib']);
  });

  it('gives the house’s own totals and the group means', () => {
    expect(comparison.own).toEqual({ direct: 1, kernpartners: 1 });
    expect(comparison.group).toEqual({ direct: 1.8, kernpartners: 0.3 }); // (3 + 1 + 3) / 4 and 1 / 4
  });

  it('has no shares for an empty group', () => {
    const alone = buildComparison(types, own, [{ typeCode: 'ocmw', level: 'kernpartner', houses: 1 }], 1);
    expect(alone.houses).toBe(0);
    expect(alone.rows[0]).toMatchObject({ directShare: null, opportunity: false });
  });
});
