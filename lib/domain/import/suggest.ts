import { normalise } from './normalise';

/** Levenshtein distance, two rows at a time. */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** How alike two texts are, 0..1: the better of edit similarity and shared words. */
function similarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return 0;
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  const wordsX = new Set(x.split(' ').filter((w) => w.length > 2));
  const wordsY = new Set(y.split(' ').filter((w) => w.length > 2));
  let shared = 0;
  for (const w of wordsX) if (wordsY.has(w) || [...wordsY].some((v) => v.length > 4 && w.length > 4 && (v.startsWith(w) || w.startsWith(v)))) shared++;
  const overlap = wordsX.size && wordsY.size ? shared / Math.min(wordsX.size, wordsY.size) : 0;
  // Shared words count a little less than spelling: "Jeugddienst" and "Jeugdwerk" are different things.
  return Math.max(edit, overlap * 0.85);
}

export interface Candidate<T> {
  /** The spellings this candidate is known by. */
  names: string[];
  /** What the suggestion shows. */
  label: string;
  value: T;
}

/** The best few candidates for an unknown text, most alike first, above a floor of likeness. */
export function suggest<T>(text: string, candidates: Candidate<T>[], limit = 3, floor = 0.5): Candidate<T>[] {
  const scored = candidates
    .map((c) => ({ c, score: Math.max(...c.names.map((n) => similarity(text, n))) }))
    .filter((s) => s.score >= floor)
    .sort((p, q) => q.score - p.score || p.c.label.localeCompare(q.c.label, 'nl'));
  const seen = new Set<string>();
  const out: Candidate<T>[] = [];
  for (const { c } of scored) {
    if (seen.has(c.label)) continue;
    seen.add(c.label);
    out.push(c);
    if (out.length === limit) break;
  }
  return out;
}
