import { URBANISATION_CODES, type Urbanisation } from '../../lib/domain/regions';
import type { HouseFrame } from './house-frame';
import type { Random } from './prng';
import type { ReportBin, ReportFigures } from '../../lib/reference/report-figures';

/** How many direct actors and kernpartners a demo house should end up with. */
export interface HouseTarget {
  direct: number;
  kernpartners: number;
}

interface Extremes {
  min: number;
  max: number;
  modes: { value: number; count: number }[];
}

/**
 * A multiset of per-house values with exactly the bin counts of a table (Tabel 26 or 27), its
 * printed minimum and maximum (one house each), its modes (Tabel 27: 8 and 9 kernpartners in 14
 * houses each, then 14 in 12; l. 3338-3339) and the given total.
 */
function buildMultiset(bins: ReportBin[], total: number, extremes: Extremes, random: Random): number[] {
  const modeValues = new Set(extremes.modes.map((m) => m.value));
  const cap = extremes.modes.length ? Math.min(...extremes.modes.map((m) => m.count)) - 1 : Infinity;
  const values: { value: number; bin: ReportBin; free: boolean }[] = [];
  for (const bin of bins) {
    let left = bin.count;
    for (const fixed of [extremes.min, extremes.max]) {
      if (fixed >= bin.min && fixed <= bin.max) {
        values.push({ value: fixed, bin, free: false });
        left--;
      }
    }
    for (const mode of extremes.modes) {
      if (mode.value < bin.min || mode.value > bin.max) continue;
      for (let i = 0; i < mode.count; i++) values.push({ value: mode.value, bin, free: false });
      left -= mode.count;
    }
    const allowed: number[] = [];
    for (let v = bin.min; v <= bin.max; v++) if (!modeValues.has(v) && v !== extremes.min && v !== extremes.max) allowed.push(v);
    if (left < 0 || (left > 0 && allowed.length === 0)) throw new Error(`Bin ${bin.label} cannot hold its houses`);
    for (let i = 0; i < left; i++) values.push({ value: allowed[Math.floor(((i + 0.5) * allowed.length) / left)], bin, free: true });
  }
  const count = (v: number) => values.filter((x) => x.value === v).length;
  const free = values.filter((x) => x.free);
  for (let guard = 0; guard < 100_000; guard++) {
    const diff = total - values.reduce((s, x) => s + x.value, 0);
    if (diff === 0) return values.map((x) => x.value).sort((a, b) => a - b);
    const item = random.pick(free);
    const candidate = item.value + Math.sign(diff);
    if (candidate < item.bin.min || candidate > item.bin.max) continue;
    if (modeValues.has(candidate) || candidate === extremes.min || candidate === extremes.max) continue;
    if (count(candidate) >= cap) continue;
    item.value = candidate;
  }
  throw new Error(`No set of per-house values fits the bins with total ${total}`);
}

/**
 * Per-degree totals whose means round to the report's means (4.4.3, l. 3362-3370) while adding up
 * to the dataset's total: start from mean × houses, then move the difference to the degree whose
 * mean it disturbs least.
 */
function apportion(sizes: Record<Urbanisation, number>, means: Record<Urbanisation, number>, total: number): Record<Urbanisation, number> {
  const sums = Object.fromEntries(URBANISATION_CODES.map((u) => [u, Math.round(means[u] * sizes[u])])) as Record<Urbanisation, number>;
  let diff = total - URBANISATION_CODES.reduce((s, u) => s + sums[u], 0);
  while (diff !== 0) {
    const step = Math.sign(diff);
    const best = URBANISATION_CODES.filter((u) => sizes[u] > 0).sort(
      (x, y) => Math.abs((sums[x] + step) / sizes[x] - means[x]) - Math.abs((sums[y] + step) / sizes[y] - means[y]),
    )[0];
    sums[best] += step;
    diff -= step;
  }
  return sums;
}

/**
 * Deals the values of Tabel 26 and 27 to the houses so that each degree's sums match `apportion`,
 * and a house's kernpartners go roughly with its number of direct actors (simulated annealing on
 * swaps; the seeded random makes it the same every run).
 */
export function buildTargets(houses: HouseFrame[], figures: ReportFigures, totals: HouseTarget, random: Random): HouseTarget[] {
  const direct = buildMultiset(figures.direct.bins, totals.direct, { min: figures.direct.min, max: figures.direct.max, modes: [] }, random);
  const kern = buildMultiset(
    figures.kernpartners.bins,
    totals.kernpartners,
    {
      min: figures.kernpartners.min,
      max: figures.kernpartners.max,
      modes: figures.kernpartners.modes.map((m) => ({ value: m.kernpartners, count: m.houses })),
    },
    random,
  );
  const sizes = Object.fromEntries(URBANISATION_CODES.map((u) => [u, houses.filter((h) => h.urbanisation === u).length])) as Record<Urbanisation, number>;
  const wantDirect = apportion(sizes, mapMeans(figures, 'direct'), totals.direct);
  const wantKern = apportion(sizes, mapMeans(figures, 'kernpartners'), totals.kernpartners);

  // Start from a rank pairing, more urban houses first, then anneal.
  const order = [...houses.keys()].sort(
    (x, y) =>
      wantDirect[houses[y].urbanisation] / sizes[houses[y].urbanisation] - wantDirect[houses[x].urbanisation] / sizes[houses[x].urbanisation] ||
      random.next() - 0.5,
  );
  const d = new Array<number>(houses.length);
  const k = new Array<number>(houses.length);
  const dDesc = [...direct].reverse();
  const kDesc = [...kern].reverse();
  order.forEach((h, i) => {
    d[h] = dDesc[i];
    k[h] = kDesc[i];
  });
  const ratio = totals.kernpartners / totals.direct;
  const wobble = houses.map(() => (random.next() + random.next() + random.next() - 1.5) * 3);
  const group = houses.map((h) => h.urbanisation);

  const energy = (): number => {
    let e = 0;
    for (const u of URBANISATION_CODES) {
      let sd = 0;
      let sk = 0;
      group.forEach((g, h) => {
        if (g === u) {
          sd += d[h];
          sk += k[h];
        }
      });
      e += 20 * ((sd - wantDirect[u]) ** 2 + (sk - wantKern[u]) ** 2);
    }
    for (let h = 0; h < houses.length; h++) {
      e += 0.2 * (k[h] - ratio * d[h] - wobble[h]) ** 2;
      if (k[h] > d[h] - 4) e += 1000;
    }
    return e;
  };
  let current = energy();
  const steps = 40_000;
  for (let step = 0; step < steps; step++) {
    const temperature = 20 * (1 - step / steps) + 0.01;
    const list = random.chance(0.5) ? d : k;
    const a = random.int(0, houses.length - 1);
    const b = random.int(0, houses.length - 1);
    if (a === b || list[a] === list[b]) continue;
    [list[a], list[b]] = [list[b], list[a]];
    const next = energy();
    if (next <= current || random.next() < Math.exp((current - next) / temperature)) current = next;
    else [list[a], list[b]] = [list[b], list[a]];
  }
  return houses.map((_, h) => ({ direct: d[h], kernpartners: k[h] }));
}

function mapMeans(figures: ReportFigures, key: 'direct' | 'kernpartners'): Record<Urbanisation, number> {
  return Object.fromEntries(URBANISATION_CODES.map((u) => [u, figures.meansByUrbanisation[u][key]])) as Record<Urbanisation, number>;
}
