import 'server-only';
import { readActorTypes } from '@/graph/repositories/catalogue';
import { countRoundHouseCells, countRoundSubmissions, listRounds, readRound, readRoundFigures, type RoundRow } from '@/graph/repositories/rounds';
import { countActorsPerHouse, countAnswersPerType, countFilteredHouses, countHouseCells } from '@/graph/repositories/survey-figures';
import type { HouseCellCount } from '@/lib/domain/overview/records';
import { readTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { formatDate } from '@/lib/domain/format-date';
import { isProvisional, roundStatus } from '@/lib/domain/rounds/round';
import { NOW_SOURCE, REPORT_SOURCE, REPORT_SOURCE_ID, NOW_SOURCE_ID, roundSource, type FigureSource } from '@/lib/domain/survey/figure-source';
import { figuresFromHouses, figuresFromReport, type SourceFigures } from '@/lib/domain/survey/source-figures';
import type { FigureAudience } from '@/lib/domain/survey/survey-figures';
import type { SurveyFilter } from '@/lib/domain/survey/survey-filter';
import type { ReportFigures } from '@/lib/reference/report-figures';

/**
 * The sources of /cijfers (issue 19): the 2016 report, the maps now, and the survey rounds. Kind
 * en Gezin and the beheerder see every round that has opened, "voorlopig" while it runs; everyone
 * else sees a round once it is closed, because the figures of a running round change with every
 * submission, and two views of them apart would show what one house answered.
 */
export interface ResolvedSource {
  source: FigureSource;
  round: RoundRow | null;
}

export type SourceResolution = { ok: true; resolved: ResolvedSource } | { ok: false; message: string };

function visible(round: RoundRow, audience: FigureAudience, today: string): boolean {
  const status = roundStatus(round, today);
  return status === 'gesloten' || (status === 'open' && audience === 'agency');
}

/** The sources this audience may choose, in the order the choice lists them. */
export async function figureSources(audience: FigureAudience, options: { today?: string } = {}): Promise<FigureSource[]> {
  const today = options.today ?? brusselsDate();
  const rounds = await readTx((tx) => listRounds(tx));
  return [NOW_SOURCE, ...rounds.filter((r) => visible(r, audience, today)).map((r) => roundSource(r, isProvisional(r, today))), REPORT_SOURCE];
}

export async function resolveSource(id: string, audience: FigureAudience, options: { today?: string } = {}): Promise<SourceResolution> {
  if (id === REPORT_SOURCE_ID) return { ok: true, resolved: { source: REPORT_SOURCE, round: null } };
  if (id === NOW_SOURCE_ID) return { ok: true, resolved: { source: NOW_SOURCE, round: null } };
  const today = options.today ?? brusselsDate();
  const round = await readTx((tx) => readRound(tx, { roundId: id }));
  if (!round) return { ok: false, message: `Er is geen bevraging “${id}”. Kies 2016, nu of een bevraging uit de lijst.` };
  const status = roundStatus(round, today);
  if (status === 'gepland') return { ok: false, message: `${round.name} opent pas op ${formatDate(round.opensOn)}: er zijn nog geen antwoorden.` };
  if (!visible(round, audience, today)) {
    return {
      ok: false,
      message: `${round.name} loopt nog tot ${formatDate(round.closesOn)}. Zolang een bevraging loopt, zijn haar cijfers voorlopig en alleen voor Kind en Gezin te zien; zodra ze is afgesloten, kan iedereen ze bekijken.`,
    };
  }
  return { ok: true, resolved: { source: roundSource(round, status !== 'gesloten'), round } };
}

/** Houses the source's figures of this selection are over (the report: its 116, whatever the selection). */
export async function sourceHouses(resolved: ResolvedSource, filter: SurveyFilter, report: Pick<ReportFigures, 'houses'>): Promise<number> {
  if (resolved.round) {
    const roundId = resolved.round.id;
    return readTx((tx) => countRoundSubmissions(tx, { roundId, filter }));
  }
  return resolved.source.kind === 'report' ? report.houses : countFilteredHouses(filter);
}

/** The source's houses per cell (province, urbanisation, intermunicipal): what the public selections are decided on. */
export async function sourceCells(resolved: ResolvedSource): Promise<HouseCellCount[]> {
  if (resolved.round) {
    const roundId = resolved.round.id;
    return readTx((tx) => countRoundHouseCells(tx, { roundId }));
  }
  return countHouseCells();
}

/**
 * The source's figures of this selection. `report`: the 2016 figures (its bins are every
 * source's bins), passed in by the caller, which reads the reference data.
 */
export async function sourceFigures(resolved: ResolvedSource, filter: SurveyFilter, report: ReportFigures): Promise<SourceFigures> {
  const reportBins = () => ({ direct: report.direct.bins, kernpartners: report.kernpartners.bins });
  if (resolved.source.kind === 'report') {
    return figuresFromReport({
      houses: report.houses,
      types: await readActorTypes(),
      direct: report.direct,
      kernpartners: report.kernpartners,
      means: report.meansByUrbanisation,
    });
  }
  if (resolved.round) {
    const roundId = resolved.round.id;
    const { answers, sizes } = await readTx((tx) => readRoundFigures(tx, { roundId, filter }));
    return figuresFromHouses(sizes.length, answers, sizes, reportBins());
  }
  const [houses, answers, sizes] = await Promise.all([countFilteredHouses(filter), countAnswersPerType(filter), countActorsPerHouse(filter)]);
  return figuresFromHouses(houses, answers, sizes, reportBins());
}
