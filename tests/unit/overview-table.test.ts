import { describe, expect, it } from 'vitest';
import type { LevelCode } from '@/lib/domain/levels';
import { countsAsGap, houseGaps } from '@/lib/domain/overview/house-gaps';
import { buildMandatoryMatrix } from '@/lib/domain/overview/mandatory-matrix';
import { matrixColumns } from '@/lib/reference/matrix-columns';
import { overviewQuery, parseOverviewFilter, readOverviewFilter } from '@/lib/domain/overview/overview-filter';
import type { OverviewHouse } from '@/lib/domain/overview/overview-house';
import { buildOverviewRows, searchKey } from '@/lib/domain/overview/overview-table';

const columns = matrixColumns();
const allPresent = Object.fromEntries(columns.map((c) => [c.code, 'kernpartner' as LevelCode]));

function house(id: string, extra: Partial<OverviewHouse> = {}, levels: Record<string, LevelCode | null> = {}): OverviewHouse {
  return {
    id, name: `Huis van het Kind ${id}`, municipalities: [id], province: 'Antwerpen', urbanisation: 'buitengebied', intermunicipal: false,
    direct: 10, kernpartners: 5, nogNiet: 1, indirect: 2, ...extra, levels: { ...allPresent, ...levels },
  };
}

describe('the matrix columns', () => {
  it('are lokaal bestuur (Art. 7) and the eight types that must join, from the catalogue', () => {
    expect(columns.map((c) => c.code)).toEqual([
      'lokaal-bestuur', 'consultatiebureauwerking', 'regioteam-kind-en-gezin', 'opvoedingswinkel-opvoedingspunt',
      'spel-en-ontmoetingsinitiatief', 'inloopteam', 'gezinsondersteuning-aan-huis-door-vrijwilligers', 'prenatale-steunpunten', 'aanbod-onderwijskansen',
    ]);
    expect(columns[0]).toMatchObject({ basis: 'decree-art-7', line: 2235 });
    expect(columns.filter((c) => !c.fromQuestionnaire).map((c) => c.code)).toEqual(['prenatale-steunpunten', 'aanbod-onderwijskansen']);
    for (const c of columns) expect(c.line, c.code).toBeGreaterThan(0);
  });
});

describe('gaps of a house', () => {
  const prenatal = columns.find((c) => c.code === 'prenatale-steunpunten')!;

  it('lists niet, nog niet and no answer, never niet aanwezig', () => {
    const h = house('a', {}, { inloopteam: 'niet_aanwezig', consultatiebureauwerking: 'nog_niet', 'lokaal-bestuur': null, 'regioteam-kind-en-gezin': 'indirect' });
    expect(houseGaps(h, columns).map((c) => c.code)).toEqual(['lokaal-bestuur', 'consultatiebureauwerking']);
  });

  it('sets an unanswered type outside the 2016 questionnaire apart only when asked, and never a real answer', () => {
    expect(countsAsGap(null, prenatal, 'hiaat')).toBe(true);
    expect(countsAsGap(null, prenatal, 'apart')).toBe(false);
    expect(countsAsGap('niet', prenatal, 'apart')).toBe(true);
    expect(countsAsGap('nog_niet', prenatal, 'apart')).toBe(true);
    const inloop = columns.find((c) => c.code === 'inloopteam')!;
    expect(countsAsGap(null, inloop, 'apart')).toBe(true);
  });
});

describe('the house table', () => {
  const houses = [
    house('b', { name: 'Huis van het Kind Sint-Niklaas', province: 'Oost-Vlaanderen', urbanisation: 'centrumstad', direct: 30, intermunicipal: true, municipalities: ['Sint-Niklaas', 'Temse'] }),
    house('a', { name: 'Huis van het Kind Aalst', direct: 20 }, { inloopteam: 'niet' }),
    house('c', { name: 'Huis van het Kind Ieper', province: 'West-Vlaanderen', direct: 20 }, { 'prenatale-steunpunten': null }),
  ];

  it('sorts by name by default and by a number high to low', () => {
    expect(buildOverviewRows(houses, columns, {}).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(buildOverviewRows(houses, columns, { sorteer: 'direct' }).map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(buildOverviewRows(houses, columns, { sorteer: 'direct', richting: 'op' }).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(buildOverviewRows(houses, columns, { sorteer: 'hiaten' }).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });

  it('filters on province, urbanisation, intermunicipal and gaps', () => {
    expect(buildOverviewRows(houses, columns, { provincie: 'Oost-Vlaanderen' }).map((r) => r.id)).toEqual(['b']);
    expect(buildOverviewRows(houses, columns, { verstedelijking: 'buitengebied' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(buildOverviewRows(houses, columns, { intergemeentelijk: 'ja' }).map((r) => r.id)).toEqual(['b']);
    expect(buildOverviewRows(houses, columns, { hiaat: 'ja', nietbevraagd: 'hiaat' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(buildOverviewRows(houses, columns, { hiaat: 'ja', nietbevraagd: 'apart' }).map((r) => r.id)).toEqual(['a']);
    // By default an unanswered type outside the 2016 questionnaire is set apart.
    expect(buildOverviewRows(houses, columns, { hiaat: 'ja' }).map((r) => r.id)).toEqual(['a']);
    expect(buildOverviewRows(houses, columns, { hiaat: 'nee' }).map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('searches names and municipalities without caring for accents, case or hyphens', () => {
    expect(buildOverviewRows(houses, columns, { zoek: 'sint niklaas' }).map((r) => r.id)).toEqual(['b']);
    expect(buildOverviewRows(houses, columns, { zoek: 'TEMSE' }).map((r) => r.id)).toEqual(['b']);
    expect(buildOverviewRows(houses, columns, { zoek: 'ïeper' }).map((r) => r.id)).toEqual(['c']);
    expect(searchKey('Sint-Niklaas  Écaussinnes')).toBe('sint niklaas ecaussinnes');
  });

  it('totals the matrix per column and per row', () => {
    const matrix = buildMandatoryMatrix(buildOverviewRows(houses, columns, { nietbevraagd: 'hiaat' }), columns, 'hiaat');
    expect(matrix.rows.map((r) => r.gaps)).toEqual([1, 1, 0]);
    expect(matrix.totals.find((t) => t.code === 'inloopteam')).toMatchObject({ gaps: 1, direct: 2 });
    expect(matrix.totals.find((t) => t.code === 'prenatale-steunpunten')).toMatchObject({ gaps: 1, unasked: 1, direct: 2 });
    expect(matrix).toMatchObject({ housesWithGap: 2, gaps: 2 });
    expect(buildMandatoryMatrix(buildOverviewRows(houses, columns, { nietbevraagd: 'apart' }), columns, 'apart')).toMatchObject({ housesWithGap: 1, gaps: 1 });
    expect(buildMandatoryMatrix(buildOverviewRows(houses, columns, {}), columns)).toMatchObject({ housesWithGap: 1, gaps: 1 });
  });
});

describe('the overview filter', () => {
  it('reads the query string and refuses unknown values in Dutch', () => {
    expect(parseOverviewFilter(new URLSearchParams('provincie=Limburg&hiaat=ja&zoek=&sorteer=direct')).data).toEqual({ provincie: 'Limburg', hiaat: 'ja', sorteer: 'direct' });
    expect(readOverviewFilter({ verstedelijking: 'metropool' })).toEqual({ filter: {}, errors: ['Onbekende verstedelijkingsgraad.'] });
    expect(readOverviewFilter({ sorteer: 'x' }).errors).toEqual(['Onbekende sortering.']);
  });

  it('writes it back as a query string, with overrides', () => {
    expect(overviewQuery({ provincie: 'Limburg', hiaat: 'ja' })).toBe('provincie=Limburg&hiaat=ja');
    expect(overviewQuery({ provincie: 'Limburg', sorteer: 'direct' }, { sorteer: undefined })).toBe('provincie=Limburg');
  });
});
