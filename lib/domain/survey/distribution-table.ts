import { distributionOf, type BinDefinition, type DistributionFigures } from './source-figures';
import { percent, pointsChange } from './answer-table';

export interface ReportBinInput {
  label: string;
  min: number;
  max: number;
  count: number;
}

export interface DistributionBin {
  label: string;
  min: number;
  max: number;
  now: number;
  nowPercent: number | null;
  report: number;
  reportPercent: number | null;
  /** nowPercent minus reportPercent, in percentage points (one decimal). */
  change: number | null;
}

export interface DistributionTable {
  kind: 'distribution';
  id: string;
  table: string;
  title: string;
  line: number;
  bins: DistributionBin[];
  /** Houses outside every bin of the report (below its minimum or above its maximum). */
  outside: number;
  now: { houses: number; mean: number | null; min: number | null; max: number | null };
  report: { houses: number; mean: number | null; min: number | null; max: number | null };
}

export { mean } from './source-figures';

/** Tabel 26 or 27 from two sources: how many houses fall in each of the report's bins, side by side. */
export function buildDistributionTableFrom(
  meta: { id: string; table: string; title: string; line: number },
  bins: readonly BinDefinition[],
  shown: DistributionFigures,
  compared: DistributionFigures,
): DistributionTable {
  const spread = (d: DistributionFigures) => ({ houses: d.houses, mean: d.mean, min: d.min, max: d.max });
  return {
    kind: 'distribution',
    ...meta,
    bins: bins.map((bin, i) => ({
      label: bin.label,
      min: bin.min,
      max: bin.max,
      now: shown.bins[i] ?? 0,
      nowPercent: percent(shown.bins[i] ?? 0, shown.houses),
      report: compared.bins[i] ?? 0,
      reportPercent: percent(compared.bins[i] ?? 0, compared.houses),
      change: pointsChange(shown.bins[i] ?? 0, shown.houses, compared.bins[i] ?? 0, compared.houses),
    })),
    outside: shown.outside,
    now: spread(shown),
    report: spread(compared),
  };
}

/** Tabel 26 or 27: how many houses fall in each of the report's bins, next to the report. */
export function buildDistributionTable(
  meta: { id: string; table: string; title: string; line: number },
  values: number[],
  report: { bins: ReportBinInput[]; total: number; mean: number; min: number; max: number },
): DistributionTable {
  const compared: DistributionFigures = {
    houses: report.total,
    bins: report.bins.map((b) => b.count),
    outside: 0,
    mean: report.mean,
    min: report.min,
    max: report.max,
  };
  return buildDistributionTableFrom(meta, report.bins, distributionOf(values, report.bins), compared);
}
