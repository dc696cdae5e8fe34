import 'server-only';
import { readActorTypes, readClusters } from '@/graph/repositories/catalogue';
import { readReportFigures } from '@/lib/reference/report-figures';
import { DEFAULT_SOURCES, type SourceChoice } from '../domain/survey/figure-source';
import type { SourceFigures } from '../domain/survey/source-figures';
import { resolveSource, sourceCells, sourceFigures, sourceHouses, type ResolvedSource } from './rounds/survey-sources';
import { buildAnswerTableFrom } from '../domain/survey/answer-table';
import { buildDistributionTableFrom } from '../domain/survey/distribution-table';
import { publicFilters, selectionRefusal } from './public-selections';
import { filterCount, MIN_HOUSES_IN_SELECTION, type FigureAudience, type SurveyFigures, type SurveyTable } from '../domain/survey/survey-figures';
import { isFiltered, type SurveyFilter } from '../domain/survey/survey-filter';
import { buildUrbanisationMeansFrom, type MeansLines } from '../domain/survey/urbanisation-means';

/**
 * Tables 14-27 and the urbanisation means for the selected houses (when this audience may see
 * that selection), from one source next to another: by default the maps now next to the 2016
 * report, or any two of the report, now and the survey rounds (issue 19), with the change in
 * percentage points. Aggregates only: no house is named.
 */
export async function computeSurveyFigures(filter: SurveyFilter, audience: FigureAudience, choice: SourceChoice = DEFAULT_SOURCES): Promise<SurveyFigures> {
  if (audience === 'public' && filterCount(filter) > 1) return { status: 'not-public', reason: 'combined', publicFilters: await publicFilters() };
  const [shown, compared] = await Promise.all([resolveSource(choice.shown, audience), resolveSource(choice.compared, audience)]);
  if (!shown.ok) return { status: 'unavailable', message: shown.message };
  if (!compared.ok) return { status: 'unavailable', message: compared.message };
  if (shown.resolved.source.kind === 'report' && isFiltered(filter)) {
    return {
      status: 'unavailable',
      message: 'Het rapport van 2016 geeft zijn cijfers alleen voor heel Vlaanderen. Wis de selectie, of kies een andere bron om een selectie te bekijken.',
    };
  }

  const report = readReportFigures();
  const houses = await sourceHouses(shown.resolved, filter, report);
  const withheld = await withholding(shown.resolved, filter, audience, houses);
  if (withheld) return withheld;
  const sameSource = compared.resolved.source.id === shown.resolved.source.id;
  if (compared.resolved.source.kind !== 'report' && !sameSource) {
    const comparedHouses = await sourceHouses(compared.resolved, filter, report);
    const refused = await withholding(compared.resolved, filter, audience, comparedHouses);
    if (refused) return refused.status === 'too-few-houses' ? { ...refused, side: 'compared', source: compared.resolved.source.label } : refused;
  }

  const [clusters, types, a, b] = await Promise.all([
    readClusters(),
    readActorTypes(),
    sourceFigures(shown.resolved, filter, report),
    sameSource ? null : sourceFigures(compared.resolved, isFiltered(filter) && compared.resolved.source.kind === 'report' ? {} : filter, report),
  ]);
  const tables = buildSurveyTables(clusters, types, a, b ?? a);
  const notes =
    compared.resolved.source.kind === 'report' && isFiltered(filter)
      ? [`De cijfers van 2016 gelden voor heel Vlaanderen (${report.houses} huizen): het rapport geeft ze niet per provincie of verstedelijkingsgraad.`]
      : [];
  return { status: 'ok', houses, tables, sources: { shown: shown.resolved.source, compared: compared.resolved.source }, notes };
}

/** The 5-house minimum and the public selections (issue 15), for the houses of one source. */
async function withholding(resolved: ResolvedSource, filter: SurveyFilter, audience: FigureAudience, houses: number): Promise<SurveyFigures | null> {
  if (resolved.source.kind === 'report') return null;
  if (houses > 0 && houses < MIN_HOUSES_IN_SELECTION) return { status: 'too-few-houses', houses };
  if (audience === 'agency' || !isFiltered(filter)) return null;
  const cells = await sourceCells(resolved);
  const refusal = await selectionRefusal(filter, audience, cells);
  return refusal ? { status: 'not-public', reason: refusal, publicFilters: await publicFilters(cells) } : null;
}

/** Every table from two sources' figures: Tabel 14-25 (the report's rows), Tabel 26 and 27, and the means of 4.4.3. */
function buildSurveyTables(
  clusters: { code: string; name: string; table: string | null; line: number }[],
  types: { code: string; name: string; cluster: string; mandatory: boolean; counts2016: number[] | null }[],
  shown: SourceFigures,
  compared: SourceFigures,
): SurveyTable[] {
  const report = readReportFigures();
  const answerTables = clusters
    .filter((c): c is typeof c & { table: string } => c.table !== null)
    .map((c) =>
      buildAnswerTableFrom(
        { code: c.code, name: c.name, table: c.table, line: c.line },
        types,
        { answers: shown.answers, houses: shown.houses },
        { answers: compared.answers, houses: compared.houses },
      ),
    )
    .filter((t) => t.rows.length > 0);
  const tabel26 = buildDistributionTableFrom(
    { id: 'tabel-26', table: 'Tabel 26', title: 'Aantal direct betrokken (minimaal, gemiddeld, kernpartner) actoren', line: report.direct.line },
    report.direct.bins,
    shown.direct,
    compared.direct,
  );
  const tabel27 = buildDistributionTableFrom(
    { id: 'tabel-27', table: 'Tabel 27', title: 'Aantal kernpartners', line: report.kernpartners.line },
    report.kernpartners.bins,
    shown.kernpartners,
    compared.kernpartners,
  );
  const lines = Object.fromEntries(Object.entries(report.meansByUrbanisation).map(([code, m]) => [code, m.line])) as MeansLines;
  return [...answerTables, tabel26, tabel27, buildUrbanisationMeansFrom(shown.means, compared.means, lines)];
}
