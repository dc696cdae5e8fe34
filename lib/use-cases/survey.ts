import 'server-only';
import { readActorTypes, readClusters } from '@/graph/repositories/catalogue';
import { countActorsPerHouse, countAnswersPerType, countFilteredHouses } from '@/graph/repositories/survey-figures';
import { readReportFigures } from '@/lib/reference/report-figures';
import type { LevelCode } from '../domain/levels';
import { buildAnswerTable } from '../domain/survey/answer-table';
import { buildDistributionTable } from '../domain/survey/distribution-table';
import { publicFilters, selectionRefusal } from './public-selections';
import { filterCount, MIN_HOUSES_IN_SELECTION, type FigureAudience, type SurveyFigures } from '../domain/survey/survey-figures';
import type { SurveyFilter } from '../domain/survey/survey-filter';
import { buildUrbanisationMeans } from '../domain/survey/urbanisation-means';

/**
 * Tables 14-27 and the urbanisation means, computed from Neo4j for the selected houses (when this
 * audience may see that selection), each
 * next to the report's 2016 figures. Aggregates only: no house is named.
 */
export async function computeSurveyFigures(filter: SurveyFilter, audience: FigureAudience): Promise<SurveyFigures> {
  if (audience === 'public' && filterCount(filter) > 1) return { status: 'not-public', reason: 'combined', publicFilters: await publicFilters() };
  const houses = await countFilteredHouses(filter);
  if (houses > 0 && houses < MIN_HOUSES_IN_SELECTION) return { status: 'too-few-houses', houses };
  const refusal = await selectionRefusal(filter, audience);
  if (refusal) return { status: 'not-public', reason: refusal, publicFilters: await publicFilters() };

  const [clusters, types, answerCounts, perHouse] = await Promise.all([
    readClusters(),
    readActorTypes(),
    countAnswersPerType(filter),
    countActorsPerHouse(filter),
  ]);
  const report = readReportFigures();

  const answers = new Map<string, Map<LevelCode, number>>();
  for (const { typeCode, level, houses: n } of answerCounts) {
    if (!answers.has(typeCode)) answers.set(typeCode, new Map());
    answers.get(typeCode)!.set(level, n);
  }

  const answerTables = clusters
    .filter((c): c is typeof c & { table: string } => c.table !== null)
    .map((c) => buildAnswerTable({ code: c.code, name: c.name, table: c.table, line: c.line }, types, answers, houses, report.houses))
    .filter((t) => t.rows.length > 0);

  const tabel26 = buildDistributionTable(
    { id: 'tabel-26', table: 'Tabel 26', title: 'Aantal direct betrokken (minimaal, gemiddeld, kernpartner) actoren', line: report.direct.line },
    perHouse.map((h) => h.direct),
    report.direct,
  );
  const tabel27 = buildDistributionTable(
    { id: 'tabel-27', table: 'Tabel 27', title: 'Aantal kernpartners', line: report.kernpartners.line },
    perHouse.map((h) => h.kernpartners),
    report.kernpartners,
  );
  const means = buildUrbanisationMeans(perHouse, report.meansByUrbanisation);
  return { status: 'ok', houses, tables: [...answerTables, tabel26, tabel27, means] };
}
