import { LEVEL_CODES, type LevelCode } from '../../lib/domain/levels';
import type { Urbanisation } from '../../lib/domain/regions';
import { countsByLevel, type CatalogueActorType } from '../../lib/domain/catalogue';
import type { AddedUnit } from './added-actors';
import type { HouseFrame } from './house-frame';
import type { HouseTarget } from './house-targets';
import type { Random } from './prng';

/**
 * Deals the questionnaire answers to the houses. For every catalogue type with 2016 counts, the
 * column of answers holds exactly that row of Tabel 14-25 (each level's count, and 116 − Totaal
 * houses without an answer); only *which* house gets which answer is chosen. Likewise every
 * added-actor row (AddedUnit) goes to exactly one house. The choice is made by simulated annealing
 * on swaps within a column (and moves of added rows), towards each house's target number of
 * direct actors and kernpartners; the counts per type can never drift because a swap keeps them.
 */
export interface FittedAnswers {
  /** Per house (same order as the frames): its answers, catalogue and added. */
  answers: { typeCode: string; level: LevelCode }[][];
}

const NONE = LEVEL_CODES.length;
const KERN = LEVEL_CODES.indexOf('kernpartner');
const ABSENT = LEVEL_CODES.indexOf('niet_aanwezig');
const DIRECT = new Set(['kernpartner', 'gemiddeld', 'minimaal'].map((l) => LEVEL_CODES.indexOf(l as LevelCode)));

/**
 * ‘Niet aanwezig in werkgebied’ is likelier in buitengebied: regional services sit in the cities
 * (section 3.1, l. 766-768). Each house aims at a share of that answer by its degree (relative
 * weights, our reading), so the search spreads it accordingly instead of at random.
 */
const ABSENT_WEIGHT: Record<Urbanisation, number> = { buitengebied: 1.5, regiostedelijk: 1, grootstad_rand: 0.7, centrumstad: 0.4, grootstad: 0.3 };
const ABSENT_STRENGTH = 0.05;

export function fitAnswers(houses: HouseFrame[], targets: HouseTarget[], types: CatalogueActorType[], units: AddedUnit[], random: Random): FittedAnswers {
  const H = houses.length;
  const counted = types.filter((t) => t.counts2016);
  const totalAbsent = counted.reduce((sum, t) => sum + t.counts2016!.nietAanwezig, 0);
  const weightSum = houses.reduce((sum, h) => sum + ABSENT_WEIGHT[h.urbanisation], 0);
  const absentTarget = houses.map((h) => (totalAbsent * ABSENT_WEIGHT[h.urbanisation]) / weightSum);
  const absent = new Int32Array(H);
  const direct = new Int32Array(H);
  const kern = new Int32Array(H);

  // Added rows first: each unit to a house that may take it, favouring big partnerships.
  const unitDirect = units.map((u) => u.rows.filter((r) => DIRECT.has(LEVEL_CODES.indexOf(r.level))).length);
  const unitKern = units.map((u) => u.rows.filter((r) => r.level === 'kernpartner').length);
  const codesAt = houses.map(() => new Set<string>());
  const unitAt = new Int32Array(units.length);
  const rowsAt = new Int32Array(H);
  const fits = (u: number, h: number) =>
    (units[u].province === null || units[u].province === houses[h].province) && units[u].rows.every((r) => !codesAt[h].has(r.typeCode));
  const place = (u: number, h: number, sign: 1 | -1) => {
    for (const row of units[u].rows) {
      if (sign > 0) codesAt[h].add(row.typeCode);
      else codesAt[h].delete(row.typeCode);
    }
    direct[h] += sign * unitDirect[u];
    kern[h] += sign * unitKern[u];
    rowsAt[h] += sign * units[u].rows.length;
  };
  const byHouseSize = [...units.keys()].sort((a, b) => units[b].rows.length - units[a].rows.length);
  for (const u of byHouseSize) {
    let best = -1;
    let bestScore = -Infinity;
    for (let h = 0; h < H; h++) {
      if (!fits(u, h)) continue;
      const score = targets[h].direct - 4 * rowsAt[h] + random.next();
      if (score > bestScore) {
        bestScore = score;
        best = h;
      }
    }
    if (best < 0) throw new Error(`No house can take added row ${units[u].id}`);
    unitAt[u] = best;
    place(u, best, 1);
  }

  // Catalogue columns: a greedy first deal, by remaining need.
  const columns = counted.map(() => new Int8Array(H));
  for (const t of random.shuffle([...counted.keys()])) {
    const counts = countsByLevel(counted[t].counts2016!);
    const column = columns[t];
    column.fill(-1);
    const open = new Set(Array.from({ length: H }, (_, h) => h));
    const give = (level: number, n: number, score: (h: number) => number) => {
      const chosen = [...open]
        .map((h) => ({ h, s: score(h) + random.next() * 0.5 }))
        .sort((x, y) => y.s - x.s)
        .slice(0, n);
      for (const { h } of chosen) {
        column[h] = level;
        open.delete(h);
      }
    };
    give(KERN, counts.kernpartner, (h) => targets[h].kernpartners - kern[h]);
    give(LEVEL_CODES.indexOf('gemiddeld'), counts.gemiddeld, (h) => targets[h].direct - direct[h]);
    give(LEVEL_CODES.indexOf('minimaal'), counts.minimaal, (h) => targets[h].direct - direct[h]);
    give(ABSENT, counts.niet_aanwezig, (h) => absentTarget[h] - absent[h]);
    for (const level of ['indirect', 'nog_niet', 'niet'] as const) give(LEVEL_CODES.indexOf(level), counts[level], () => 0);
    give(NONE, open.size, () => 0);
    for (let h = 0; h < H; h++) {
      if (DIRECT.has(column[h])) direct[h]++;
      if (column[h] === KERN) kern[h]++;
      if (column[h] === ABSENT) absent[h]++;
    }
  }

  const houseEnergy = (h: number, d: number, k: number, n: number) =>
    (d - targets[h].direct) ** 2 + (k - targets[h].kernpartners) ** 2 + ABSENT_STRENGTH * (n - absentTarget[h]) ** 2;
  const accept = (delta: number, temperature: number) =>
    delta < 0 || (delta === 0 && temperature > 0) || (temperature > 0 && random.next() < Math.exp(-delta / temperature));

  /** Swaps the answers of houses a and b in one column when the energy allows it. */
  const trySwap = (column: Int8Array, a: number, b: number, temperature: number): boolean => {
    const va = column[a];
    const vb = column[b];
    if (va === vb || a === b) return false;
    const dd = (DIRECT.has(vb) ? 1 : 0) - (DIRECT.has(va) ? 1 : 0);
    const dk = (vb === KERN ? 1 : 0) - (va === KERN ? 1 : 0);
    const dn = (vb === ABSENT ? 1 : 0) - (va === ABSENT ? 1 : 0);
    const delta =
      houseEnergy(a, direct[a] + dd, kern[a] + dk, absent[a] + dn) -
      houseEnergy(a, direct[a], kern[a], absent[a]) +
      houseEnergy(b, direct[b] - dd, kern[b] - dk, absent[b] - dn) -
      houseEnergy(b, direct[b], kern[b], absent[b]);
    if (!accept(delta, temperature)) return false;
    column[a] = vb;
    column[b] = va;
    direct[a] += dd;
    kern[a] += dk;
    absent[a] += dn;
    direct[b] -= dd;
    kern[b] -= dk;
    absent[b] -= dn;
    return true;
  };

  /** Moves one unit of added rows to another house when the energy allows it. */
  const crowd = (rows: number) => 0.3 * Math.max(0, rows - 4) ** 2;
  const tryMove = (u: number, to: number, temperature: number): boolean => {
    const from = unitAt[u];
    if (to === from || !fits(u, to)) return false;
    const n = units[u].rows.length;
    const delta =
      houseEnergy(from, direct[from] - unitDirect[u], kern[from] - unitKern[u], absent[from]) -
      houseEnergy(from, direct[from], kern[from], absent[from]) +
      houseEnergy(to, direct[to] + unitDirect[u], kern[to] + unitKern[u], absent[to]) -
      houseEnergy(to, direct[to], kern[to], absent[to]) +
      crowd(rowsAt[from] - n) -
      crowd(rowsAt[from]) +
      crowd(rowsAt[to] + n) -
      crowd(rowsAt[to]);
    if (!accept(delta, temperature)) return false;
    place(u, from, -1);
    place(u, to, 1);
    unitAt[u] = to;
    return true;
  };

  const steps = 800_000;
  for (let step = 0; step < steps; step++) {
    const temperature = Math.max(0, 1.5 * (1 - step / (steps * 0.85)));
    if (random.chance(0.9)) {
      trySwap(columns[random.int(0, columns.length - 1)], random.int(0, H - 1), random.int(0, H - 1), temperature);
    } else {
      tryMove(random.int(0, units.length - 1), random.int(0, H - 1), temperature);
    }
  }
  // Polish: for every house still off its target, try every swap and move that involves it.
  const offTarget = () => [...Array(H).keys()].filter((h) => direct[h] !== targets[h].direct || kern[h] !== targets[h].kernpartners);
  for (let pass = 0; pass < 5 && offTarget().length > 0; pass++) {
    for (const a of offTarget()) {
      for (const column of columns) for (let b = 0; b < H; b++) trySwap(column, a, b, 0);
      for (let u = 0; u < units.length; u++) if (unitAt[u] === a) for (let b = 0; b < H; b++) if (tryMove(u, b, 0)) break;
    }
  }

  const answers = houses.map(() => [] as { typeCode: string; level: LevelCode }[]);
  counted.forEach((type, t) => {
    for (let h = 0; h < H; h++) if (columns[t][h] !== NONE) answers[h].push({ typeCode: type.code, level: LEVEL_CODES[columns[t][h]] });
  });
  units.forEach((unit, u) => {
    for (const row of unit.rows) answers[unitAt[u]].push({ typeCode: row.typeCode, level: row.level });
  });
  return { answers };
}
