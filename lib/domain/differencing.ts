/**
 * Which house selections may be shown to everyone without letting anyone subtract their way down
 * to a few houses (issue 15, item 5). Every public figure is a sum over the selected houses (how
 * many answered each level for each type, how many have so many partners, and the selection's
 * size), so whoever sees the figures of several selections can add and subtract them: Limburg +
 * buitengebied (11 houses) minus Limburg + buitengebied + not intermunicipal (10) is one house's
 * answers, and Flanders minus the five provinces is the one house in Brussels.
 *
 * So a set of selections is safe when no combination of them, added and subtracted as one
 * likes, comes down to fewer than `min` houses. Houses that agree on province, urbanisation and
 * intermunicipality (a "cell") always fall in the same selections, so this is linear algebra
 * over cells: the selections span a space of cell vectors, and the set is safe when every
 * nonzero vector in that space touches cells holding at least `min` houses together. A vector
 * touching only the cells S exists exactly when leaving the cells S out lowers the rank of the
 * selections; only sets S of fewer than `min` houses need checking, and only small cells can
 * be in one, so there are few.
 *
 * Pure: no database; the counts per cell come in, the safe selections go out.
 */
export interface HouseCell {
  key: string;
  houses: number;
}

export interface Candidate<T> {
  selection: T;
  /** The keys of the cells this selection holds. */
  cells: ReadonlySet<string>;
}

const EPSILON = 1e-9;

/** Rank of a small real matrix (rows × columns), by Gaussian elimination with partial pivoting. */
function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    if (Math.abs(m[pivot][c]) < EPSILON) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = r + 1; i < m.length; i++) {
      const f = m[i][c] / m[r][c];
      if (f !== 0) for (let j = c; j < columns; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

/** Sets of cells (as index lists) holding fewer than `min` houses together, but some. */
function smallCellSets(cells: HouseCell[], min: number): number[][] {
  const small = cells.map((c, i) => ({ i, n: c.houses })).filter((c) => c.n > 0 && c.n < min);
  const sets: number[][] = [];
  const extend = (from: number, chosen: number[], total: number) => {
    for (let k = from; k < small.length; k++) {
      const next = total + small[k].n;
      if (next >= min) continue;
      const set = [...chosen, small[k].i];
      sets.push(set);
      extend(k + 1, set, next);
    }
  };
  extend(0, [], 0);
  return sets;
}

/**
 * Whether the selections (each a set of cell keys) can be combined down to fewer than `min`
 * houses. Empty cells are left out: they hold nobody.
 */
export function canBeDifferenced(selections: ReadonlySet<string>[], cells: HouseCell[], min: number): boolean {
  const occupied = cells.filter((c) => c.houses > 0);
  if (!selections.length || !occupied.length) return false;
  // Rows: selections; columns: cells.
  const matrix = selections.map((s) => occupied.map((c) => (s.has(c.key) ? 1 : 0)));
  const full = rank(matrix);
  for (const set of smallCellSets(occupied, min)) {
    const left = new Set(set);
    const without = matrix.map((row) => row.filter((_, j) => !left.has(j)));
    if (rank(without) < full) return true;
  }
  return false;
}

/**
 * The candidates that may be shown next to `always` (whole Flanders): taken in the order given,
 * each one kept only when, with everything kept before it, nothing can be differenced down to
 * fewer than `min` houses. Returns the kept candidates.
 */
export function safeSelections<T>(always: ReadonlySet<string>, candidates: Candidate<T>[], cells: HouseCell[], min: number): Candidate<T>[] {
  const kept: Candidate<T>[] = [];
  for (const candidate of candidates) {
    if (!canBeDifferenced([always, ...kept.map((k) => k.cells), candidate.cells], cells, min)) kept.push(candidate);
  }
  return kept;
}
