import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { listHouses } from '@/graph/repositories/houses';
import { readHouseFigures, readTypeAnswers } from '@/graph/repositories/overview';
import type { LevelCode } from '@/lib/domain/levels';
import { typeLevel } from '@/lib/domain/map/map-entries';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { matrixColumns } from '@/lib/reference/matrix-columns';
import { offerTypeCodes } from '@/lib/domain/overview/minimum-offer';
import { offerFunctions } from '@/lib/reference/minimum-offer';
import { buildOfferTable } from '@/lib/domain/overview/minimum-offer-rows';
import { toOverviewHouses } from '@/lib/domain/overview/overview-house';
import { buildOverviewRows } from '@/lib/domain/overview/overview-table';
import { selectionSummary } from '@/lib/domain/overview/selection-summary';
import { generateDemo } from '@/seed/demo/generate-demo';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

// The test database holds the 116 demo houses; other tests' houses are left out by id.
const columns = matrixColumns();
const dataset = generateDemo();
const demoIds = new Set(dataset.houses.map((h) => h.id));

async function demoOverview() {
  const [figures, answers] = await Promise.all([readHouseFigures(), readTypeAnswers(columns.map((c) => c.code))]);
  return toOverviewHouses(figures, answers, columns).filter((h) => demoIds.has(h.id));
}

describe('the mandatory-partner matrix over the demo data', () => {
  afterAll(() => closeDriver());

  it('equals, column by column, a count made from the seed without the product’s rule', async () => {
    const houses = await demoOverview();
    expect(houses).toHaveLength(116);
    // Every missing answer counted, as the count below does.
    const matrix = buildMandatoryMatrix(buildOverviewRows(houses, columns, { nietbevraagd: 'hiaat' }), columns, 'hiaat');
    for (const column of columns) {
      const expected = { gaps: 0, direct: 0, indirect: 0, notInArea: 0, unasked: 0 };
      for (const house of dataset.houses) {
        const answer = house.answers.find((a) => a.typeCode === column.code)?.level;
        if (answer === undefined || answer === 'niet' || answer === 'nog_niet') expected.gaps++;
        if (answer === 'minimaal' || answer === 'gemiddeld' || answer === 'kernpartner') expected.direct++;
        if (answer === 'indirect') expected.indirect++;
        if (answer === 'niet_aanwezig') expected.notInArea++;
        if (answer === undefined && !column.fromQuestionnaire) expected.unasked++;
      }
      expect(matrix.totals.find((t) => t.code === column.code), column.code).toEqual({ code: column.code, ...expected });
    }
    // Per row too: each house's gaps, counted from the seed.
    for (const row of matrix.rows) {
      const seed = dataset.houses.find((h) => h.id === row.house.id)!;
      const gaps = columns.filter((c) => {
        const level = seed.answers.find((a) => a.typeCode === c.code)?.level;
        return level === undefined || level === 'niet' || level === 'nog_niet';
      });
      expect(row.gaps, row.house.id).toBe(gaps.length);
      expect(row.house.gaps.map((c) => c.code), row.house.id).toEqual(gaps.map((c) => c.code));
    }
  });

  it('never counts niet aanwezig in werkgebied as a gap', async () => {
    const houses = await demoOverview();
    const matrix = buildMandatoryMatrix(buildOverviewRows(houses, columns, {}), columns);
    const notInArea = matrix.rows.flatMap((r) => r.cells).filter((c) => c.level === 'niet_aanwezig');
    expect(notInArea.length).toBeGreaterThan(100);
    expect(notInArea.every((c) => !c.counted && c.state === 'not_in_area')).toBe(true);
    const inloop = matrix.totals.find((t) => t.code === 'inloopteam')!;
    expect(inloop.notInArea).toBe(63);
    expect(inloop.gaps).toBe(14 + 9 + (116 - 112)); // niet, nog niet, no answer (Tabel 25 totaal 112)
  });

  it('shows the two offers outside the 2016 questionnaire as unasked gaps, and sets them apart on request', async () => {
    const houses = await demoOverview();
    const all = buildMandatoryMatrix(buildOverviewRows(houses, columns, { nietbevraagd: 'hiaat' }), columns, 'hiaat');
    const apart = buildMandatoryMatrix(buildOverviewRows(houses, columns, { nietbevraagd: 'apart' }), columns, 'apart');
    for (const code of ['prenatale-steunpunten', 'aanbod-onderwijskansen']) {
      expect(all.totals.find((t) => t.code === code)).toMatchObject({ gaps: 116, unasked: 116 });
      expect(apart.totals.find((t) => t.code === code)).toMatchObject({ gaps: 0, unasked: 116 });
    }
    expect(all.housesWithGap).toBe(116);
    expect(all.gaps - apart.gaps).toBe(232);
    // Setting them apart hides no other gap.
    for (const t of apart.totals.filter((t) => t.code !== 'prenatale-steunpunten' && t.code !== 'aanbod-onderwijskansen')) {
      expect(t.gaps, t.code).toBe(all.totals.find((a) => a.code === t.code)!.gaps);
    }
  });

  it('counts the two types outside the 2016 questionnaire apart by default, and its status line agrees with its table', async () => {
    // Issue 14, bug 5: "116 huizen in deze selectie · 78 met een hiaat" above 78 rows.
    const houses = await demoOverview();
    const first = buildOverviewRows(houses, columns, {});
    expect(selectionSummary(first, houses.length, {})).toMatchObject({ shown: 116, total: 116, withGap: 78, mode: 'apart', narrowed: false });
    for (const hiaat of ['ja', 'nee'] as const) {
      const rows = buildOverviewRows(houses, columns, { hiaat });
      expect(rows).toHaveLength(hiaat === 'ja' ? 78 : 38);
      expect(selectionSummary(rows, houses.length, { hiaat })).toMatchObject({ shown: rows.length, withGap: hiaat === 'ja' ? rows.length : 0, narrowed: true });
    }
    // Counting them as gaps is one explicit choice away.
    const counted = buildOverviewRows(houses, columns, { nietbevraagd: 'hiaat' });
    expect(selectionSummary(counted, houses.length, { nietbevraagd: 'hiaat' })).toMatchObject({ withGap: 116, withAskedGap: 78, mode: 'hiaat' });
  });

  it('counts the same direct actors, kernpartners and nog niet as the house list', async () => {
    const houses = await demoOverview();
    const listed = new Map((await listHouses()).map((h) => [h.id, h]));
    for (const h of houses) {
      expect({ direct: h.direct, kernpartners: h.kernpartners, nogNiet: h.nogNiet }, h.id).toEqual({
        direct: listed.get(h.id)!.direct, kernpartners: listed.get(h.id)!.kernpartners, nogNiet: listed.get(h.id)!.nogNiet,
      });
    }
  });

  it('agrees with the house map on every mandatory type of the houses that name organisations', async () => {
    const houses = await demoOverview();
    const named = dataset.houses.filter((h) => h.named).slice(0, 8);
    for (const seed of named) {
      const network = (await readHouseNetwork(seed.id))!;
      const overview = houses.find((h) => h.id === seed.id)!;
      for (const column of columns) {
        const type = network.types.find((t) => t.code === column.code)!;
        expect(overview.levels[column.code], `${seed.id} ${column.code}`).toBe(typeLevel(type, network.actors));
      }
    }
  });
});

describe('the minimum offer check (decree Art. 8)', () => {
  const functions = offerFunctions();
  const made: Record<string, string> = {};
  const direct = (type: string, level: LevelCode = 'kernpartner') => ({ type, level });

  beforeAll(async () => {
    // One house per case, answers chosen by hand: each type below counts for exactly the one function named.
    const cases: Record<string, { type: string; level: LevelCode }[]> = {
      all: [direct('huisartsen-kringen'), direct('opvoedingslijn', 'minimaal'), direct('bibliotheek', 'gemiddeld')],
      noHealth: [direct('opvoedingslijn'), direct('bibliotheek'), { type: 'huisartsen-kringen', level: 'nog_niet' }],
      noParenting: [direct('huisartsen-kringen'), direct('bibliotheek'), { type: 'opvoedingslijn', level: 'indirect' }],
      noEncounter: [direct('huisartsen-kringen'), direct('opvoedingslijn'), { type: 'bibliotheek', level: 'niet_aanwezig' }],
      nothing: [],
    };
    for (const [name, answers] of Object.entries(cases)) made[name] = (await createNetworkFixture({ answers })).houseId;
  });
  afterAll(async () => {
    await deleteNetworkFixtures(Object.values(made));
    await closeDriver();
  });

  it('takes each function’s types from seed/data/minimum-offer.json, each with its report line', () => {
    expect(functions.map((f) => f.code)).toEqual(['preventieve-gezondheidszorg', 'opvoedingsondersteuning', 'ontmoeting-sociale-cohesie']);
    for (const fn of functions) for (const t of fn.types) expect(t.line, `${fn.code} ${t.code}`).toBeGreaterThan(0);
    const only = (code: string) => functions.filter((f) => f.types.some((t) => t.code === code)).map((f) => f.code);
    expect(only('huisartsen-kringen')).toEqual(['preventieve-gezondheidszorg']);
    expect(only('opvoedingslijn')).toEqual(['opvoedingsondersteuning']);
    expect(only('bibliotheek')).toEqual(['ontmoeting-sociale-cohesie']);
  });

  it('covers all three functions in one house and finds the missing one in each other house', async () => {
    const ids = new Set(Object.values(made));
    const figures = (await readHouseFigures()).filter((h) => ids.has(h.id));
    const answers = await readTypeAnswers(offerTypeCodes(functions));
    const rows = buildOverviewRows(toOverviewHouses(figures, [], columns), columns, {});
    const table = buildOfferTable(rows, answers, functions);
    const coverage = (name: string) => Object.fromEntries(table.rows.find((r) => r.house.id === made[name])!.coverage.map((c) => [c.code, c.covered]));
    expect(coverage('all')).toEqual({ 'preventieve-gezondheidszorg': true, opvoedingsondersteuning: true, 'ontmoeting-sociale-cohesie': true });
    expect(coverage('noHealth')).toEqual({ 'preventieve-gezondheidszorg': false, opvoedingsondersteuning: true, 'ontmoeting-sociale-cohesie': true });
    expect(coverage('noParenting')).toEqual({ 'preventieve-gezondheidszorg': true, opvoedingsondersteuning: false, 'ontmoeting-sociale-cohesie': true });
    expect(coverage('noEncounter')).toEqual({ 'preventieve-gezondheidszorg': true, opvoedingsondersteuning: true, 'ontmoeting-sociale-cohesie': false });
    expect(coverage('nothing')).toEqual({ 'preventieve-gezondheidszorg': false, opvoedingsondersteuning: false, 'ontmoeting-sociale-cohesie': false });
    expect(table.rows.find((r) => r.house.id === made.all)!.coverage[0].by).toEqual(['huisartsen-kringen']);
    expect(table.complete).toBe(1);
    const incomplete = buildOfferTable(rows, answers, functions, true);
    expect(incomplete.rows.map((r) => r.house.id).sort()).toEqual([made.noHealth, made.noParenting, made.noEncounter, made.nothing].sort());
  });
});
