import type { AnswerCount } from '@/lib/domain/overview/records';
import { isDirect, type LevelCode } from '../levels';

/**
 * A house next to comparable houses: per catalogue type, the house's own answer beside the share
 * of the other houses in the group (same urbanisation degree, or all) that involve the type
 * directly and as kernpartner. The house itself is taken out of its group.
 */
export interface ComparisonType {
  code: string;
  name: string;
  cluster: string;
  mandatory: boolean;
}

export interface ComparisonRow extends ComparisonType {
  level: LevelCode | null;
  /** Share of the other houses in the group, in %, one decimal; null for an empty group. */
  directShare: number | null;
  kernShare: number | null;
  /** Not (directly) involved here, while at least half of the comparable houses involve it directly. */
  opportunity: boolean;
}

export interface Comparison {
  /** Other houses in the group. */
  houses: number;
  rows: ComparisonRow[];
  own: { direct: number; kernpartners: number };
  /** Means over the other houses of the group (catalogue types only). */
  group: { direct: number | null; kernpartners: number | null };
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);

export function buildComparison(types: ComparisonType[], own: ReadonlyMap<string, LevelCode>, groupCounts: AnswerCount[], groupHouses: number): Comparison {
  const others = Math.max(0, groupHouses - 1);
  const direct = new Map<string, number>();
  const kern = new Map<string, number>();
  for (const c of groupCounts) {
    if (isDirect(c.level)) direct.set(c.typeCode, (direct.get(c.typeCode) ?? 0) + c.houses);
    if (c.level === 'kernpartner') kern.set(c.typeCode, (kern.get(c.typeCode) ?? 0) + c.houses);
  }
  // Take the house's own answers out of the group's counts.
  for (const [code, level] of own) {
    if (isDirect(level)) direct.set(code, (direct.get(code) ?? 0) - 1);
    if (level === 'kernpartner') kern.set(code, (kern.get(code) ?? 0) - 1);
  }
  const rows = types.map((t) => {
    const level = own.get(t.code) ?? null;
    const directShare = share(direct.get(t.code) ?? 0, others);
    return {
      ...t,
      level,
      directShare,
      kernShare: share(kern.get(t.code) ?? 0, others),
      opportunity: !(level && isDirect(level)) && level !== 'niet_aanwezig' && directShare !== null && directShare >= 50,
    };
  });
  const sum = (m: Map<string, number>) => types.reduce((s, t) => s + (m.get(t.code) ?? 0), 0);
  const ownLevels = types.map((t) => own.get(t.code)).filter((l): l is LevelCode => l !== undefined);
  return {
    houses: others,
    rows,
    own: { direct: ownLevels.filter(isDirect).length, kernpartners: ownLevels.filter((l) => l === 'kernpartner').length },
    group: {
      direct: others ? Math.round((10 * sum(direct)) / others) / 10 : null,
      kernpartners: others ? Math.round((10 * sum(kern)) / others) / 10 : null,
    },
  };
}
