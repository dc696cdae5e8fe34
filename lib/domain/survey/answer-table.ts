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

export interface AnswerRow {
  typeCode: string;
  name: string;
  mandatory: boolean;
  now: AnswerCounts;
  /** The report's row, over its 116 houses; null where no table gives one. */
  report: AnswerCounts | null;
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

/** Counts in LEVEL_CODES order (as stored) → AnswerCounts over `houses` houses. */
export function toAnswerCounts(counts: readonly number[], houses: number): AnswerCounts {
  const byLevel = Object.fromEntries(LEVEL_CODES.map((code, i) => [code, counts[i] ?? 0])) as Record<LevelCode, number>;
  const answered = LEVEL_CODES.reduce((sum, code) => sum + byLevel[code], 0);
  const direct = LEVEL_CODES.filter((code) => LEVELS[code].group === 'direct').reduce((sum, code) => sum + byLevel[code], 0);
  return { byLevel, answered, noAnswer: Math.max(0, houses - answered), direct, directPercent: percent(direct, answered) };
}

export interface CatalogueTypeForTable {
  code: string;
  name: string;
  cluster: string;
  mandatory: boolean;
  counts2016: number[] | null;
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
  const rows = types
    .filter((t) => t.cluster === cluster.code && t.counts2016)
    .map((t) => {
      const levels = answers.get(t.code);
      const now = LEVEL_CODES.map((code) => levels?.get(code) ?? 0);
      return {
        typeCode: t.code,
        name: t.name,
        mandatory: t.mandatory,
        now: toAnswerCounts(now, houses),
        report: t.counts2016 ? toAnswerCounts(t.counts2016, reportHouses) : null,
      };
    });
  return { kind: 'answers', id: tableId(cluster.table), table: cluster.table, title: cluster.name, line: cluster.line, rows };
}

/** "Tabel 14" → "tabel-14", the id used in URLs (/api/cijfers/tabel-14). */
function tableId(table: string): string {
  return table.toLowerCase().replace(/\s+/g, '-');
}
