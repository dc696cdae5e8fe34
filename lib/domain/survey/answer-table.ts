import { LEVEL_CODES, LEVELS, type LevelCode } from '../levels';

/** How a set of houses answered one actor type: counts per answer plus the derived shares. */
export interface AnswerCounts {
  byLevel: Record<LevelCode, number>;
  /** Houses that gave any answer (the report's "Totaal"). */
  answered: number;
  noAnswer: number;
  direct: number;
  /** Direct share of the houses that answered, in %, one decimal; null when nobody answered. */
  directPercent: number | null;
}

/** The change from the compared source to the shown one, in percentage points of the houses that answered. */
export interface AnswerChange {
  byLevel: Record<LevelCode, number | null>;
  direct: number | null;
}

export interface AnswerRow {
  typeCode: string;
  name: string;
  mandatory: boolean;
  /** The shown source (by default the maps now). */
  now: AnswerCounts;
  /** The compared source (by default the report's row, over its 116 houses); null where it gives none. */
  report: AnswerCounts | null;
  /** now minus report, in percentage points; null where either side has no answer. */
  change: AnswerChange | null;
}

export interface AnswerTable {
  kind: 'answers';
  id: string;
  table: string;
  title: string;
  line: number;
  rows: AnswerRow[];
}

export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;
}

/** The difference of two shares in percentage points, one decimal; null when either has no base. */
export function pointsChange(part: number, whole: number, comparedPart: number, comparedWhole: number): number | null {
  if (whole <= 0 || comparedWhole <= 0) return null;
  return Math.round(1000 * (part / whole - comparedPart / comparedWhole)) / 10 || 0;
}

/** Counts in LEVEL_CODES order (as stored) → AnswerCounts over `houses` houses. */
export function toAnswerCounts(counts: readonly number[], houses: number): AnswerCounts {
  const byLevel = Object.fromEntries(LEVEL_CODES.map((code, i) => [code, counts[i] ?? 0])) as Record<LevelCode, number>;
  const answered = LEVEL_CODES.reduce((sum, code) => sum + byLevel[code], 0);
  const direct = LEVEL_CODES.filter((code) => LEVELS[code].group === 'direct').reduce((sum, code) => sum + byLevel[code], 0);
  return { byLevel, answered, noAnswer: Math.max(0, houses - answered), direct, directPercent: percent(direct, answered) };
}

export function answerChange(now: AnswerCounts, report: AnswerCounts | null): AnswerChange | null {
  if (!report || now.answered === 0 || report.answered === 0) return null;
  return {
    byLevel: Object.fromEntries(
      LEVEL_CODES.map((code) => [code, pointsChange(now.byLevel[code], now.answered, report.byLevel[code], report.answered)]),
    ) as Record<LevelCode, number | null>,
    direct: pointsChange(now.direct, now.answered, report.direct, report.answered),
  };
}

export interface CatalogueTypeForTable {
  code: string;
  name: string;
  cluster: string;
  mandatory: boolean;
  counts2016: number[] | null;
}

/** One source's answers to a table: type code → level → number of houses, over `houses` houses. */
export interface AnswerSide {
  answers: Map<string, Map<LevelCode, number>>;
  houses: number;
}

/**
 * One of Tabel 14-25 from two sources: the cluster's types (the rows the report prints) with how
 * the shown source answered, next to the compared one, and the change in percentage points.
 */
export function buildAnswerTableFrom(
  cluster: { code: string; name: string; table: string; line: number },
  types: CatalogueTypeForTable[],
  shown: AnswerSide,
  compared: AnswerSide,
): AnswerTable {
  const counts = (side: AnswerSide, code: string) => LEVEL_CODES.map((level) => side.answers.get(code)?.get(level) ?? 0);
  const rows = types
    .filter((t) => t.cluster === cluster.code && t.counts2016)
    .map((t) => {
      const now = toAnswerCounts(counts(shown, t.code), shown.houses);
      const report = toAnswerCounts(counts(compared, t.code), compared.houses);
      return { typeCode: t.code, name: t.name, mandatory: t.mandatory, now, report, change: answerChange(now, report) };
    });
  return { kind: 'answers', id: tableId(cluster.table), table: cluster.table, title: cluster.name, line: cluster.line, rows };
}

/**
 * One of Tabel 14-25: the cluster's types with how the selected houses answered, next to 2016.
 * `answers` maps type code → level → number of houses.
 */
export function buildAnswerTable(
  cluster: { code: string; name: string; table: string; line: number },
  types: CatalogueTypeForTable[],
  answers: Map<string, Map<LevelCode, number>>,
  houses: number,
  reportHouses: number,
): AnswerTable {
  const report = new Map(types.filter((t) => t.counts2016).map((t) => [t.code, new Map(LEVEL_CODES.map((code, i) => [code, t.counts2016![i] ?? 0]))]));
  return buildAnswerTableFrom(cluster, types, { answers, houses }, { answers: report, houses: reportHouses });
}

/** "Tabel 14" → "tabel-14", the id used in URLs (/api/cijfers/tabel-14). */
function tableId(table: string): string {
  return table.toLowerCase().replace(/\s+/g, '-');
}
