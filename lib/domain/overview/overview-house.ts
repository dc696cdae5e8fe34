import type { HouseFiguresRecord, TypeAnswerRecord } from '@/lib/domain/overview/records';
import type { LevelCode } from '../levels';
import type { MatrixColumn } from './matrix-columns';

/** A house as the overview shows it: its figures and its answer for every matrix column. */
export interface OverviewHouse extends HouseFiguresRecord {
  /** Matrix column code → the house's answer, or null when it gave none. */
  levels: Record<string, LevelCode | null>;
}

/** Joins the house figures with the answers for the matrix columns (no answer → null). */
export function toOverviewHouses(houses: HouseFiguresRecord[], answers: TypeAnswerRecord[], columns: MatrixColumn[]): OverviewHouse[] {
  const byHouse = new Map<string, Map<string, LevelCode>>();
  for (const a of answers) {
    if (!byHouse.has(a.houseId)) byHouse.set(a.houseId, new Map());
    byHouse.get(a.houseId)!.set(a.typeCode, a.level);
  }
  return houses.map((house) => {
    const own = byHouse.get(house.id);
    return { ...house, levels: Object.fromEntries(columns.map((c) => [c.code, own?.get(c.code) ?? null])) };
  });
}
