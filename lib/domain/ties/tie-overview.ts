import { TIE_KIND_DEFINITIONS, type TieKind } from './tie-kinds';

/**
 * Across the houses (Kind en Gezin): which pairs of actor types are most often tied, counted in
 * houses (a house with two doorverwijzingen from a consultatiebureau to a kinderopvang counts
 * once), and which houses name several mandatory partners that have no tie among themselves.
 * Pure; the types of a directed kind keep their order, the others are sorted by name.
 */
export interface TypePairRow {
  kind: TieKind;
  fromName: string;
  toName: string;
  houses: number;
}

export interface TieEndTypes {
  houseId: string;
  kind: TieKind;
  fromType: string;
  fromTypeName: string;
  toType: string;
  toTypeName: string;
}

export function typePairCounts(rows: readonly TieEndTypes[]): TypePairRow[] {
  const pairs = new Map<string, { kind: TieKind; fromName: string; toName: string; houses: Set<string> }>();
  for (const row of rows) {
    if (!TIE_KIND_DEFINITIONS[row.kind]) continue;
    let [a, b] = [
      { code: row.fromType, name: row.fromTypeName },
      { code: row.toType, name: row.toTypeName },
    ];
    if (!TIE_KIND_DEFINITIONS[row.kind].directed && a.name.localeCompare(b.name, 'nl') > 0) [a, b] = [b, a];
    const key = `${row.kind}:${a.code}>${b.code}`;
    const pair = pairs.get(key) ?? { kind: row.kind, fromName: a.name, toName: b.name, houses: new Set<string>() };
    pair.houses.add(row.houseId);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .map((p) => ({ kind: p.kind, fromName: p.fromName, toName: p.toName, houses: p.houses.size }))
    .sort(
      (x, y) => y.houses - x.houses || x.fromName.localeCompare(y.fromName, 'nl') || x.toName.localeCompare(y.toName, 'nl') || x.kind.localeCompare(y.kind),
    );
}

export function housesWithTies(rows: readonly Pick<TieEndTypes, 'houseId'>[]): number {
  return new Set(rows.map((r) => r.houseId)).size;
}
