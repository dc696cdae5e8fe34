import { percent } from './answer-table';

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
  report: { houses: number; mean: number; min: number; max: number };
}

export function mean(values: number[]): number | null {
  return values.length ? Math.round((10 * values.reduce((a, b) => a + b, 0)) / values.length) / 10 : null;
}

/** Tabel 26 or 27: how many houses fall in each of the report's bins, next to the report. */
export function buildDistributionTable(
  meta: { id: string; table: string; title: string; line: number },
  values: number[],
  report: { bins: ReportBinInput[]; total: number; mean: number; min: number; max: number },
): DistributionTable {
  const bins = report.bins.map((bin) => {
    const now = values.filter((v) => v >= bin.min && v <= bin.max).length;
    return {
      label: bin.label,
      min: bin.min,
      max: bin.max,
      now,
      nowPercent: percent(now, values.length),
      report: bin.count,
      reportPercent: percent(bin.count, report.total),
    };
  });
  const inBins = bins.reduce((sum, b) => sum + b.now, 0);
  return {
    kind: 'distribution',
    ...meta,
    bins,
    outside: values.length - inBins,
    now: {
      houses: values.length,
      mean: mean(values),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    },
    report: { houses: report.total, mean: report.mean, min: report.min, max: report.max },
  };
}
