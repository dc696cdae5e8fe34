import { describe, expect, it } from 'vitest';
import { canBeDifferenced, safeSelections, type HouseCell } from '@/lib/domain/differencing';

// Issue 15, item 5, the rule itself: which sets of selections can be added and subtracted down
// to fewer than 5 houses.
const cell = (key: string, houses: number): HouseCell => ({ key, houses });
const set = (...keys: string[]) => new Set(keys);

describe('differencing selections', () => {
  // Limburg + buitengebied: 10 not intermunicipal, 1 intermunicipal (the example).
  const cells = [cell('L|b|nee', 10), cell('L|b|ja', 1), cell('L|r|nee', 9), cell('A|b|nee', 30), cell('A|r|nee', 20), cell('A|r|ja', 6)];
  const all = set(...cells.map((c) => c.key));

  it('finds the one house behind two combined selections', () => {
    expect(canBeDifferenced([all, set('L|b|nee', 'L|b|ja'), set('L|b|nee')], cells, 5)).toBe(true);
  });

  it('finds Flanders minus every other province', () => {
    const withBrussels = [...cells, cell('B|g|nee', 1)];
    const everything = set(...withBrussels.map((c) => c.key));
    const limburg = set('L|b|nee', 'L|b|ja', 'L|r|nee');
    const antwerpen = set('A|b|nee', 'A|r|nee', 'A|r|ja');
    expect(canBeDifferenced([everything, limburg], withBrussels, 5)).toBe(false);
    expect(canBeDifferenced([everything, limburg, antwerpen], withBrussels, 5)).toBe(true);
  });

  it('finds a small selection and a small remainder on their own', () => {
    expect(canBeDifferenced([all, set('L|b|ja')], cells, 5)).toBe(true);
    expect(canBeDifferenced([all, set(...[...all].filter((k) => k !== 'L|b|ja'))], cells, 5)).toBe(true);
  });

  it('keeps, in order, only the single filters that stay safe together', () => {
    const candidates = [
      { selection: 'Limburg', cells: set('L|b|nee', 'L|b|ja', 'L|r|nee') },
      { selection: 'Antwerpen', cells: set('A|b|nee', 'A|r|nee', 'A|r|ja') },
      { selection: 'buitengebied', cells: set('L|b|nee', 'L|b|ja', 'A|b|nee') },
      { selection: 'intergemeentelijk', cells: set('L|b|ja', 'A|r|ja') },
    ];
    const kept = safeSelections(all, candidates, cells, 5).map((k) => k.selection);
    // Whatever the rule keeps cannot be differenced below 5 houses, and the first is kept.
    const keptCells = candidates.filter((c) => kept.includes(c.selection)).map((c) => c.cells);
    expect(canBeDifferenced([all, ...keptCells], cells, 5)).toBe(false);
    expect(kept).toContain('Limburg');
  });
});
