import { LEVEL_CODES, isDirect, type LevelCode } from '../../lib/domain/levels';
import { URBANISATION_CODES, URBANISATION_LABELS, type Urbanisation } from '../../lib/domain/regions';
import { readCatalogueFile } from '../../lib/reference/catalogue-file';
import { countsByLevel, type Catalogue } from '../../lib/domain/catalogue';
import type { DemoDataset } from './demo-types';
import { readReportFigures, type ReportBin, type ReportFigures } from '../../lib/reference/report-figures';

/** How far the demo may land from the report: the issue's bar. */
export const FIT_LIMITS = { binHouses: 2, mean: 0.5 } as const;

export type RowCounts = Record<LevelCode | 'none', number>;

/** What the fit is computed from; built from a dataset, or from Neo4j by the integration test. */
export interface FitInput {
  houses: { urbanisation: Urbanisation; direct: number; kernpartners: number }[];
  /** Per catalogue type code: houses per answer, and houses without an answer. */
  rows: Record<string, RowCounts>;
}

export interface BinFit {
  label: string;
  report: number;
  demo: number;
  delta: number;
}
export interface MeanFit {
  urbanisation: Urbanisation;
  houses: number;
  direct: { report: number; demo: number; delta: number };
  kernpartners: { report: number; demo: number; delta: number };
}
export interface RowFit {
  code: string;
  table: string | null;
  name: string;
  deltas: RowCounts;
  exact: boolean;
}

export interface FitReport {
  direct: BinFit[];
  kernpartners: BinFit[];
  means: MeanFit[];
  overall: { direct: { report: number; demo: number }; kernpartners: { report: number; demo: number } };
  rows: RowFit[];
  rowsExact: boolean;
  binsWithin: boolean;
  meansWithin: boolean;
  ok: boolean;
}

/** Per house: answers with a direct level, and kernpartners, over all types (custom ones too). */
export function summariseDataset(dataset: DemoDataset): FitInput {
  const rows: Record<string, RowCounts> = {};
  const catalogue = readCatalogueFile();
  for (const type of catalogue.actorTypes) {
    if (!type.counts2016) continue;
    const counts = Object.fromEntries([...LEVEL_CODES, 'none'].map((k) => [k, 0])) as RowCounts;
    for (const house of dataset.houses) counts[house.answers.find((a) => a.typeCode === type.code)?.level ?? 'none']++;
    rows[type.code] = counts;
  }
  return {
    houses: dataset.houses.map((h) => ({
      urbanisation: h.urbanisation,
      direct: h.answers.filter((a) => isDirect(a.level)).length,
      kernpartners: h.answers.filter((a) => a.level === 'kernpartner').length,
    })),
    rows,
  };
}

function binFits(bins: ReportBin[], values: number[]): BinFit[] {
  return bins.map((bin) => {
    const demo = values.filter((v) => v >= bin.min && v <= bin.max).length;
    return { label: bin.label, report: bin.count, demo, delta: demo - bin.count };
  });
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function computeFit(input: FitInput, figures: ReportFigures = readReportFigures(), catalogue: Catalogue = readCatalogueFile()): FitReport {
  const direct = binFits(
    figures.direct.bins,
    input.houses.map((h) => h.direct),
  );
  const kernpartners = binFits(
    figures.kernpartners.bins,
    input.houses.map((h) => h.kernpartners),
  );
  const means = URBANISATION_CODES.map((u): MeanFit => {
    const group = input.houses.filter((h) => h.urbanisation === u);
    const report = figures.meansByUrbanisation[u];
    const d = round2(mean(group.map((h) => h.direct)));
    const k = round2(mean(group.map((h) => h.kernpartners)));
    return {
      urbanisation: u,
      houses: group.length,
      direct: { report: report.direct, demo: d, delta: round2(d - report.direct) },
      kernpartners: { report: report.kernpartners, demo: k, delta: round2(k - report.kernpartners) },
    };
  });
  const rows: RowFit[] = catalogue.actorTypes.flatMap((type) => {
    if (!type.counts2016) return [];
    const expected = { ...countsByLevel(type.counts2016), none: figures.houses - type.counts2016.totaal };
    const actual = input.rows[type.code] ?? (Object.fromEntries(Object.keys(expected).map((k) => [k, 0])) as RowCounts);
    const deltas = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, actual[k as keyof RowCounts] - v])) as RowCounts;
    return [{ code: type.code, table: type.table ?? null, name: type.tableName ?? type.name, deltas, exact: Object.values(deltas).every((x) => x === 0) }];
  });
  const rowsExact = rows.every((r) => r.exact);
  const binsWithin = [...direct, ...kernpartners].every((b) => Math.abs(b.delta) <= FIT_LIMITS.binHouses);
  const meansWithin = means.every((m) => m.houses > 0 && Math.abs(m.direct.delta) <= FIT_LIMITS.mean && Math.abs(m.kernpartners.delta) <= FIT_LIMITS.mean);
  return {
    direct,
    kernpartners,
    means,
    overall: {
      direct: { report: figures.direct.mean, demo: round2(mean(input.houses.map((h) => h.direct))) },
      kernpartners: { report: figures.kernpartners.mean, demo: round2(mean(input.houses.map((h) => h.kernpartners))) },
    },
    rows,
    rowsExact,
    binsWithin,
    meansWithin,
    ok: rowsExact && binsWithin && meansWithin,
  };
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
const signed = (x: number) => (x > 0 ? `+${x}` : String(x));

/** The fit as readable lines (demo − report). */
export function formatFit(fit: FitReport): string[] {
  const lines: string[] = ['Fit with the 2016 report (Δ = demo − report)'];
  const bins = (title: string, list: BinFit[]) => {
    lines.push(`  ${title}`, `    ${'bin'.padEnd(12)}${pad('report', 7)}${pad('demo', 6)}${pad('Δ', 5)}`);
    for (const b of list) lines.push(`    ${b.label.padEnd(12)}${pad(b.report, 7)}${pad(b.demo, 6)}${pad(signed(b.delta), 5)}`);
  };
  bins('Tabel 26, direct actors per house', fit.direct);
  bins('Tabel 27, kernpartners per house', fit.kernpartners);
  lines.push('  4.4.3, means per urbanisation degree', `    ${'degree'.padEnd(16)}${pad('houses', 7)}   direct: report  demo     Δ   kern: report  demo     Δ`);
  for (const m of fit.means) {
    lines.push(
      `    ${URBANISATION_LABELS[m.urbanisation].padEnd(16)}${pad(m.houses, 7)}${pad(m.direct.report.toFixed(1), 17)}${pad(m.direct.demo.toFixed(2), 6)}${pad(signed(m.direct.delta), 6)}` +
        `${pad(m.kernpartners.report.toFixed(1), 15)}${pad(m.kernpartners.demo.toFixed(2), 6)}${pad(signed(m.kernpartners.delta), 6)}`,
    );
  }
  lines.push(
    `  Overall means: ${fit.overall.direct.demo} direct (report ${fit.overall.direct.report}), ${fit.overall.kernpartners.demo} kernpartners (report ${fit.overall.kernpartners.report})`,
  );
  const off = fit.rows.filter((r) => !r.exact);
  lines.push(
    off.length === 0
      ? `  Tabel 14-25: all ${fit.rows.length} rows equal the report (every answer and ‘no answer’).`
      : `  Tabel 14-25: ${off.length} of ${fit.rows.length} rows differ: ${off.map((r) => `${r.code} ${JSON.stringify(r.deltas)}`).join('; ')}`,
  );
  lines.push(`  Within the bar (bins ±${FIT_LIMITS.binHouses} houses, means ±${FIT_LIMITS.mean}): ${fit.binsWithin && fit.meansWithin ? 'yes' : 'NO'}`);
  return lines;
}
