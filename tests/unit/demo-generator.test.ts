import { beforeAll, describe, expect, it } from 'vitest';
import { isDirect, LEVEL_CODES, strongestLevel, type LevelCode } from '@/lib/domain/levels';
import { PROVINCES, URBANISATION_CODES } from '@/lib/domain/regions';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';
import { countsByLevel } from '@/lib/domain/catalogue';
import survey from '@/seed/data/survey-2016.json';
import type { DemoDataset } from '@/seed/demo/demo-types';
import { computeFit, summariseDataset } from '@/seed/demo/fit-report';
import { generateDemo } from '@/seed/demo/generate-demo';

// Expected figures come from seed/data (the report's numbers), never from the generator.
const catalogue = readCatalogueFile();
const countedTypes = catalogue.actorTypes.filter((t) => t.counts2016);
const BIN_LIMIT = 2;
const MEAN_LIMIT = 0.5;

function perHouse(dataset: DemoDataset) {
  return dataset.houses.map((h) => ({
    urbanisation: h.urbanisation,
    direct: h.answers.filter((a) => isDirect(a.level)).length,
    kern: h.answers.filter((a) => a.level === 'kernpartner').length,
  }));
}

describe('the demo generator', () => {
  let dataset: DemoDataset;
  beforeAll(() => {
    dataset = generateDemo();
  });

  it('gives the same dataset on every run', () => {
    expect(generateDemo()).toEqual(dataset);
  });

  it('makes 116 houses, all marked fictional in their names, with unique ids and municipalities', () => {
    expect(dataset.houses).toHaveLength(survey.houses);
    expect(new Set(dataset.houses.map((h) => h.id)).size).toBe(survey.houses);
    for (const house of dataset.houses) {
      expect(house.id).toMatch(/^demo-\d{3}$/);
      expect(house.name).toMatch(/^Huis van het Kind .+ \(fictief\)$/);
    }
    const towns = dataset.houses.flatMap((h) => h.municipalities);
    expect(new Set(towns).size).toBe(towns.length);
  });

  it('spreads the houses over provinces and urbanisation as the report does', () => {
    // Tabel 3 counts 119 houses: two duo-houses in Antwerpen and one in Limburg answered together (l. 313-315).
    const duo: Record<string, number> = { Antwerpen: 2, Limburg: 1 };
    for (const row of survey.provinces) {
      expect(dataset.houses.filter((h) => h.province === row.name).length, row.name).toBe(row.count - (duo[row.name] ?? 0));
    }
    expect(PROVINCES.every((p) => survey.provinces.some((row) => row.name === p))).toBe(true);
    // Tabel 4 counts municipalities (170).
    for (const row of survey.urbanisation) {
      const code = row.code.replace('-', '_');
      const n = dataset.houses.flatMap((h) => h.municipalityUrbanisation).filter((u) => u === code).length;
      expect(n, row.code).toBe(row.count);
    }
    expect(dataset.houses.filter((h) => h.intermunicipal)).toHaveLength(survey.intermunicipal.count);
    expect(dataset.houses.filter((h) => h.municipalities.length > 1 !== h.intermunicipal)).toHaveLength(0);
    const onlyRural = dataset.houses.filter((h) => h.municipalityUrbanisation.every((u) => u === 'buitengebied'));
    expect(onlyRural).toHaveLength(survey.housesOnlyBuitengebied.count);
  });

  it('reproduces every row of Tabel 14 to 25 exactly, including the houses without an answer', () => {
    expect(countedTypes).toHaveLength(51);
    for (const type of countedTypes) {
      const expected = { ...countsByLevel(type.counts2016!), none: survey.houses - type.counts2016!.totaal };
      const actual = Object.fromEntries([...LEVEL_CODES, 'none'].map((k) => [k, 0])) as Record<LevelCode | 'none', number>;
      for (const house of dataset.houses) {
        const answers = house.answers.filter((a) => a.typeCode === type.code);
        expect(answers.length).toBeLessThanOrEqual(1);
        actual[answers[0]?.level ?? 'none']++;
      }
      expect(actual, type.code).toEqual(expected);
    }
  });

  it('never answers a catalogue type without 2016 counts, and keeps added types out of the catalogue', () => {
    const uncounted = new Set(catalogue.actorTypes.filter((t) => !t.counts2016).map((t) => t.code));
    const catalogueCodes = new Set(catalogue.actorTypes.map((t) => t.code));
    const customCodes = new Set(dataset.customTypes.map((t) => t.code));
    for (const answer of dataset.houses.flatMap((h) => h.answers)) {
      expect(uncounted.has(answer.typeCode), answer.typeCode).toBe(false);
      expect(catalogueCodes.has(answer.typeCode) || customCodes.has(answer.typeCode), answer.typeCode).toBe(true);
    }
    for (const code of customCodes) {
      expect(code.startsWith('andere-')).toBe(true);
      expect(catalogueCodes.has(code)).toBe(false);
    }
  });

  it('lands every bin of Tabel 26 and 27 within 2 houses and every mean of 4.4.3 within 0.5', () => {
    const houses = perHouse(dataset);
    for (const [table, key] of [[survey.directActors, 'direct'], [survey.kernpartners, 'kern']] as const) {
      for (const bin of table.bins) {
        const n = houses.filter((h) => h[key] >= bin.min && h[key] <= bin.max).length;
        expect(Math.abs(n - bin.count), `${table.table} ${bin.label}: ${n}`).toBeLessThanOrEqual(BIN_LIMIT);
      }
      expect(Math.min(...houses.map((h) => h[key]))).toBe(table.min);
      expect(Math.max(...houses.map((h) => h[key]))).toBe(table.max);
    }
    for (const row of survey.meansByUrbanisation) {
      const group = houses.filter((h) => h.urbanisation === row.urbanisation.replace('-', '_'));
      expect(group.length).toBeGreaterThan(0);
      const mean = (key: 'direct' | 'kern') => group.reduce((s, h) => s + h[key], 0) / group.length;
      expect(Math.abs(mean('direct') - row.directMean), `${row.urbanisation} direct`).toBeLessThanOrEqual(MEAN_LIMIT);
      expect(Math.abs(mean('kern') - row.kernpartnerMean), `${row.urbanisation} kern`).toBeLessThanOrEqual(MEAN_LIMIT);
    }
  });

  it('has the most frequent kernpartner counts that Tabel 27 names (8 and 9, then 14)', () => {
    const houses = perHouse(dataset);
    const frequency = new Map<number, number>();
    for (const h of houses) frequency.set(h.kern, (frequency.get(h.kern) ?? 0) + 1);
    for (const mode of survey.kernpartners.modes) expect(frequency.get(mode.kernpartners), String(mode.kernpartners)).toBe(mode.houses);
    const modeValues = new Set(survey.kernpartners.modes.map((m) => m.kernpartners));
    const fewest = Math.min(...survey.kernpartners.modes.map((m) => m.houses));
    for (const [value, n] of frequency) if (!modeValues.has(value)) expect(n, String(value)).toBeLessThan(fewest);
  });

  it('reports the same fit as the tables, with zero deltas on every row', () => {
    const fit = computeFit(summariseDataset(dataset));
    expect(fit.rowsExact).toBe(true);
    expect(fit.rows.every((r) => Object.values(r.deltas).every((d) => d === 0))).toBe(true);
    expect(fit.ok).toBe(true);
    expect(fit.means.map((m) => m.urbanisation).sort()).toEqual([...URBANISATION_CODES].sort());
  });

  it('lets a third of the houses name their organisations, and derives their answers from them', () => {
    const named = dataset.houses.filter((h) => h.named);
    expect(named).toHaveLength(Math.round(survey.houses / 3));
    const typeOf = new Map(dataset.actors.map((a) => [a.id, a.typeCode]));
    let typesWithSeveral = 0;
    for (const house of dataset.houses) {
      const byType = new Map<string, LevelCode[]>();
      for (const inv of house.involvements) {
        const code = typeOf.get(inv.actorId)!;
        byType.set(code, [...(byType.get(code) ?? []), inv.level]);
      }
      if (!house.named) expect(house.involvements).toHaveLength(0);
      for (const answer of house.answers) {
        const levels = byType.get(answer.typeCode);
        expect(answer.derived, `${house.id} ${answer.typeCode}`).toBe(levels !== undefined);
        if (levels) expect(strongestLevel(levels), `${house.id} ${answer.typeCode}`).toBe(answer.level);
      }
      for (const code of byType.keys()) expect(house.answers.some((a) => a.typeCode === code)).toBe(true);
      typesWithSeveral += [...byType.values()].filter((levels) => new Set(levels).size > 1).length;
    }
    expect(typesWithSeveral).toBeGreaterThan(0);
  });

  it('gives every ‘nog niet’ of a named house an owner and a next step', () => {
    const named = dataset.houses.filter((h) => h.named);
    const planned = named.flatMap((h) => h.involvements.filter((i) => i.level === 'nog_niet'));
    expect(planned.length).toBeGreaterThan(0);
    for (const inv of planned) {
      expect(inv.owner).toBeTruthy();
      expect(inv.nextStep).toBeTruthy();
    }
    for (const house of named) {
      for (const answer of house.answers.filter((a) => a.level === 'nog_niet')) expect(answer.derived).toBe(true);
    }
  });

  it('runs every indirect link through a forum that both the house and the organisation take part in', () => {
    const actors = new Map(dataset.actors.map((a) => [a.id, a]));
    const forumIds = new Set(dataset.forums.map((f) => f.id));
    const indirect = dataset.houses.flatMap((h) => h.involvements.filter((i) => i.level === 'indirect').map((i) => ({ h, i })));
    expect(indirect.length).toBeGreaterThan(0);
    for (const { h, i } of indirect) {
      expect(i.via).toBeTruthy();
      expect(forumIds.has(i.via!)).toBe(true);
      expect(h.forums).toContain(i.via);
      expect(actors.get(i.actorId)!.forums).toContain(i.via);
    }
    for (const inv of dataset.houses.flatMap((h) => h.involvements)) if (inv.level !== 'indirect') expect(inv.via).toBeNull();
  });

  it('shares one node per regional organisation among the houses of its region', () => {
    const regionalIds = new Set(dataset.actors.filter((a) => a.regional).map((a) => a.id));
    const users = new Map<string, Set<string>>();
    for (const house of dataset.houses) {
      for (const inv of house.involvements) {
        if (regionalIds.has(inv.actorId)) users.set(inv.actorId, (users.get(inv.actorId) ?? new Set()).add(house.region));
      }
    }
    for (const regions of users.values()) expect(regions.size).toBe(1);
    const shared = [...regionalIds].filter((id) => dataset.houses.filter((h) => h.involvements.some((i) => i.actorId === id)).length > 1);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('still reproduces the tables with another seed', () => {
    const other = generateDemo({ seed: 7 });
    expect(other.houses.map((h) => h.municipalities)).not.toEqual(dataset.houses.map((h) => h.municipalities));
    expect(computeFit(summariseDataset(other)).ok).toBe(true);
  });
});
