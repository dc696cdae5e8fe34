import { toCsv, dateCell } from '../csv';
import { PROVINCES } from '../regions';
import { percent } from '../survey/answer-table';

/**
 * How far a round is (issue 19): submitted of N, per province, and the houses that did not
 * submit yet with their coordinators' addresses, for a reminder. Pure.
 */
export interface ProgressHouse {
  houseId: string;
  name: string;
  province: string;
  submittedAt: string | null;
  submittedBy: string | null;
  coordinators: string[];
}

export interface ProvinceProgress {
  province: string;
  total: number;
  submitted: number;
  percent: number | null;
}

export interface RoundProgress {
  total: number;
  submitted: number;
  percent: number | null;
  byProvince: ProvinceProgress[];
  /** Houses without a submission, by province then name. */
  waiting: ProgressHouse[];
  /** Houses with a submission, newest first. */
  done: ProgressHouse[];
}

function provinceOrder(province: string): number {
  const i = (PROVINCES as readonly string[]).indexOf(province);
  return i === -1 ? PROVINCES.length : i;
}

/** "Ingediend: 100 van 116 huizen", "Ingediend: 0 van 1 huis". */
export function submittedText(submitted: number, total: number): string {
  return `Ingediend: ${submitted} van ${total} ${total === 1 ? 'huis' : 'huizen'}`;
}

/** "116 huizen", "1 huis". */
export function housesText(n: number): string {
  return `${n} ${n === 1 ? 'huis' : 'huizen'}`;
}

export function roundProgress(houses: readonly ProgressHouse[]): RoundProgress {
  const submitted = houses.filter((h) => h.submittedAt !== null);
  const provinces = [...new Set(houses.map((h) => h.province))].sort((a, b) => provinceOrder(a) - provinceOrder(b) || a.localeCompare(b, 'nl'));
  return {
    total: houses.length,
    submitted: submitted.length,
    percent: percent(submitted.length, houses.length),
    byProvince: provinces.map((province) => {
      const all = houses.filter((h) => h.province === province);
      const done = all.filter((h) => h.submittedAt !== null).length;
      return { province, total: all.length, submitted: done, percent: percent(done, all.length) };
    }),
    waiting: houses
      .filter((h) => h.submittedAt === null)
      .sort((a, b) => provinceOrder(a.province) - provinceOrder(b.province) || a.name.localeCompare(b.name, 'nl')),
    done: [...submitted].sort((a, b) => b.submittedAt!.localeCompare(a.submittedAt!)),
  };
}

/** The houses that did not submit yet, as a CSV for Belgian Excel: one row per house, its coordinators' addresses joined. */
export function waitingHousesCsv(progress: RoundProgress, round: { name: string; closesOn: string }): string {
  return toCsv(
    ['Huis van het Kind', 'Code', 'Provincie', 'E-mail coördinator', 'Bevraging', 'Sluit op'],
    progress.waiting.map((h) => [h.name, h.houseId, h.province, h.coordinators.join(', ') || null, round.name, dateCell(round.closesOn)]),
  );
}
