import { LEVEL_CODES, type LevelCode } from '../levels';
import { URBANISATION_CODES, type Urbanisation } from '../regions';

/**
 * The figures of one source of survey answers (issue 19): the 2016 report, the maps as they are
 * now, or the frozen submissions of a survey round. Every table of /cijfers (Tabel 14-27 and the
 * urbanisation means) is built from two of these, side by side. Pure, client-safe.
 */
export interface SourceFigures {
  /** Houses the figures are over (the report's 116, the selected houses, or the round's submissions). */
  houses: number;
  /** Per actor type, per answer, how many houses gave it. */
  answers: Map<string, Map<LevelCode, number>>;
  direct: DistributionFigures;
  kernpartners: DistributionFigures;
  means: Record<Urbanisation, MeanFigures>;
}

/** Tabel 26 or 27 of one source: houses per bin (the report's bins), and the spread. */
export interface DistributionFigures {
  houses: number;
  /** Houses per bin, in the order of the report's bins. */
  bins: number[];
  /** Houses outside every bin. */
  outside: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface MeanFigures {
  /** Houses of this urbanisation degree; null where the source does not say (the report). */
  houses: number | null;
  direct: number | null;
  kernpartners: number | null;
}

export interface BinDefinition {
  label: string;
  min: number;
  max: number;
}

/** One house's size of partnership: answers minimaal, gemiddeld or kernpartner, and kernpartner, over every type it answered. */
export interface HouseSize {
  urbanisation: string;
  direct: number;
  kernpartners: number;
}

/** Mean with one decimal; null for no values. */
export function mean(values: number[]): number | null {
  return values.length ? Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10 : null;
}

/** Tabel 26 or 27 of a set of houses: each house's number (of direct actors, of kernpartners) in the report's bins. */
export function distributionOf(values: number[], bins: readonly BinDefinition[]): DistributionFigures {
  const counts = bins.map((bin) => values.filter((v) => v >= bin.min && v <= bin.max).length);
  return {
    houses: values.length,
    bins: counts,
    outside: values.length - counts.reduce((a, b) => a + b, 0),
    mean: mean(values),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
  };
}

/** Answer counts as stored rows (type, level, houses) → nested maps. */
function answerMap(rows: readonly { typeCode: string; level: LevelCode; houses: number }[]): Map<string, Map<LevelCode, number>> {
  const answers = new Map<string, Map<LevelCode, number>>();
  for (const { typeCode, level, houses } of rows) {
    if (!answers.has(typeCode)) answers.set(typeCode, new Map());
    answers.get(typeCode)!.set(level, (answers.get(typeCode)!.get(level) ?? 0) + houses);
  }
  return answers;
}

/** A source counted from houses: their answers per type and their sizes. */
export function figuresFromHouses(
  houses: number,
  answers: readonly { typeCode: string; level: LevelCode; houses: number }[],
  sizes: readonly HouseSize[],
  bins: { direct: readonly BinDefinition[]; kernpartners: readonly BinDefinition[] },
): SourceFigures {
  const means = Object.fromEntries(
    URBANISATION_CODES.map((code) => {
      const group = sizes.filter((h) => h.urbanisation === code);
      return [code, { houses: group.length, direct: mean(group.map((h) => h.direct)), kernpartners: mean(group.map((h) => h.kernpartners)) }];
    }),
  ) as Record<Urbanisation, MeanFigures>;
  return {
    houses,
    answers: answerMap(answers),
    direct: distributionOf(
      sizes.map((h) => h.direct),
      bins.direct,
    ),
    kernpartners: distributionOf(
      sizes.map((h) => h.kernpartners),
      bins.kernpartners,
    ),
    means,
  };
}

/** The report as a source: its rows of Tabel 14-25 (counts in LEVEL_CODES order), Tabel 26/27 and the means of 4.4.3. */
export interface ReportSourceInput {
  houses: number;
  types: readonly { code: string; counts2016: readonly number[] | null }[];
  direct: { bins: readonly (BinDefinition & { count: number })[]; total: number; mean: number; min: number; max: number };
  kernpartners: { bins: readonly (BinDefinition & { count: number })[]; total: number; mean: number; min: number; max: number };
  means: Record<Urbanisation, { direct: number; kernpartners: number }>;
}

export function figuresFromReport(report: ReportSourceInput): SourceFigures {
  const answers = new Map<string, Map<LevelCode, number>>();
  for (const type of report.types) {
    if (type.counts2016) answers.set(type.code, new Map(LEVEL_CODES.map((code, i) => [code, type.counts2016![i] ?? 0])));
  }
  const distribution = (d: ReportSourceInput['direct']): DistributionFigures => ({
    houses: d.total,
    bins: d.bins.map((b) => b.count),
    outside: d.total - d.bins.reduce((sum, b) => sum + b.count, 0),
    mean: d.mean,
    min: d.min,
    max: d.max,
  });
  const means = Object.fromEntries(
    URBANISATION_CODES.map((code) => [code, { houses: null, direct: report.means[code].direct, kernpartners: report.means[code].kernpartners }]),
  ) as Record<Urbanisation, MeanFigures>;
  return { houses: report.houses, answers, direct: distribution(report.direct), kernpartners: distribution(report.kernpartners), means };
}
