import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { countFilteredHouses } from '@/graph/repositories/survey-figures';
import type { AnswerTable } from '@/lib/domain/survey/answer-table';
import type { DistributionTable } from '@/lib/domain/survey/distribution-table';
import { computeSurveyFigures } from '@/lib/use-cases/survey';
import { MIN_HOUSES_IN_SELECTION } from '@/lib/domain/survey/survey-figures';
import type { UrbanisationMeansTable } from '@/lib/domain/survey/urbanisation-means';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';

// The test database holds the 116 demo houses (npm test and the integration setup load them).
describe('the survey figures computed from Neo4j', () => {
  afterAll(() => closeDriver());

  it('reproduce every row of Tabel 14 to 25 over the demo houses', async () => {
    const figures = await computeSurveyFigures({}, 'public');
    expect(figures.status).toBe('ok');
    if (figures.status !== 'ok') return;
    expect(figures.houses).toBe(116);
    const rows = figures.tables.filter((t): t is AnswerTable => t.kind === 'answers').flatMap((t) => t.rows);
    expect(rows).toHaveLength(readCatalogueFile().actorTypes.filter((t) => t.counts2016).length);
    for (const row of rows) {
      expect(row.now.byLevel, row.typeCode).toEqual(row.report!.byLevel);
      expect(row.now.noAnswer, row.typeCode).toBe(row.report!.noAnswer);
      expect(row.now.directPercent, row.typeCode).toBe(row.report!.directPercent);
    }
  });

  it('put Tabel 26 and 27 within 2 houses per bin and the urbanisation means within 0.5', async () => {
    const figures = await computeSurveyFigures({}, 'public');
    if (figures.status !== 'ok') throw new Error('no figures');
    for (const id of ['tabel-26', 'tabel-27']) {
      const table = figures.tables.find((t) => t.id === id) as DistributionTable;
      expect(table.outside, id).toBe(0);
      for (const bin of table.bins) expect(Math.abs(bin.now - bin.report), `${id} ${bin.label}`).toBeLessThanOrEqual(2);
    }
    const means = figures.tables.find((t) => t.id === 'verstedelijking') as UrbanisationMeansTable;
    for (const row of means.rows) {
      expect(Math.abs(row.direct! - row.reportDirect!), row.label).toBeLessThanOrEqual(0.5);
      expect(Math.abs(row.kernpartners! - row.reportKernpartners!), row.label).toBeLessThanOrEqual(0.5);
    }
  });

  it('follow a filter: a province counts only its houses, and every house lands in one bin', async () => {
    const filter = { provincie: 'Limburg' as const };
    const houses = await countFilteredHouses(filter);
    expect(houses).toBeGreaterThanOrEqual(MIN_HOUSES_IN_SELECTION);
    expect(houses).toBeLessThan(116);
    const figures = await computeSurveyFigures(filter, 'public');
    if (figures.status !== 'ok') throw new Error('no figures');
    expect(figures.houses).toBe(houses);
    const tabel26 = figures.tables.find((t) => t.id === 'tabel-26') as DistributionTable;
    expect(tabel26.bins.reduce((sum, b) => sum + b.now, 0) + tabel26.outside).toBe(houses);
    const lokaalBestuur = figures.tables.filter((t): t is AnswerTable => t.kind === 'answers').flatMap((t) => t.rows).find((r) => r.typeCode === 'lokaal-bestuur')!;
    expect(lokaalBestuur.now.answered + lokaalBestuur.now.noAnswer).toBe(houses);
  });

  it('withhold the figures of a selection so small that a house could be recognised', async () => {
    const figures = await computeSurveyFigures({ provincie: 'Brussels Hoofdstedelijk Gewest' }, 'agency');
    expect(figures).toEqual({ status: 'too-few-houses', houses: 1 });
  });
});
