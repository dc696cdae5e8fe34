import { isDirect, type LevelCode } from './levels';

/**
 * Two houses side by side: per catalogue type, the answer of house A beside that of house B,
 * and where one involves the type directly and the other does not. A coordinator sees what a
 * neighbouring house already does; Kind en Gezin sees two houses of one region at a glance.
 */
export interface PairType {
  code: string;
  name: string;
  cluster: string;
  mandatory: boolean;
}

/** Who involves the type directly: both, only A, only B, or neither. */
export type PairSide = 'both' | 'a' | 'b' | 'neither';

export interface PairRow extends PairType {
  a: LevelCode | null;
  b: LevelCode | null;
  direct: PairSide;
  /** The two answers differ (one may be no answer). */
  differs: boolean;
}

export interface PairFigures {
  direct: number;
  kernpartners: number;
}

export interface PairComparison {
  rows: PairRow[];
  a: PairFigures;
  b: PairFigures;
  /** Types involved directly by only one of the two. */
  onlyA: number;
  onlyB: number;
}

function figures(levels: (LevelCode | null)[]): PairFigures {
  return { direct: levels.filter((l) => l !== null && isDirect(l)).length, kernpartners: levels.filter((l) => l === 'kernpartner').length };
}

export function buildPairComparison(types: readonly PairType[], a: ReadonlyMap<string, LevelCode>, b: ReadonlyMap<string, LevelCode>): PairComparison {
  const rows = types.map((t): PairRow => {
    const [la, lb] = [a.get(t.code) ?? null, b.get(t.code) ?? null];
    const [da, db] = [la !== null && isDirect(la), lb !== null && isDirect(lb)];
    return { ...t, a: la, b: lb, direct: da && db ? 'both' : da ? 'a' : db ? 'b' : 'neither', differs: la !== lb };
  });
  return {
    rows,
    a: figures(rows.map((r) => r.a)),
    b: figures(rows.map((r) => r.b)),
    onlyA: rows.filter((r) => r.direct === 'a').length,
    onlyB: rows.filter((r) => r.direct === 'b').length,
  };
}
