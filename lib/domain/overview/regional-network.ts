import type { RegionalOrganisationRecord } from '@/lib/domain/overview/records';
import { isDirect, type LevelCode } from '../levels';
import type { Province } from '../regions';

/**
 * The houses linked through the regional organisations they share. An organisation named by two
 * or more houses is one node; two houses that share one are in the same region (a connected
 * group). For every shared organisation: where it is kernpartner, where otherwise involved, where
 * named but not involved, and where absent: houses of its region that do not name it at all.
 */
export interface RegionHouse {
  id: string;
  name: string;
  province: Province;
}

export interface SharedOrganisation {
  id: string;
  name: string;
  typeCode: string;
  typeName: string;
  links: { houseId: string; level: LevelCode }[];
  kernpartner: string[];
  involved: string[];
  notInvolved: string[];
  absent: string[];
  region: number;
}

export interface RegionalNetwork {
  houses: RegionHouse[];
  organisations: SharedOrganisation[];
  /** Groups of houses linked by shared organisations, largest first. */
  regions: { index: number; houses: string[] }[];
  /** Houses that name organisations but share none with another house. */
  sharesNone: RegionHouse[];
  /** Houses that name no organisation at all (they answered per type only). */
  namesNone: RegionHouse[];
  /** Regional organisations that only one house of the selection names so far. */
  singleHouse: number;
}

export function buildRegionalNetwork(houses: RegionHouse[], organisations: RegionalOrganisationRecord[], naming: ReadonlySet<string>): RegionalNetwork {
  const known = new Set(houses.map((h) => h.id));
  const inSelection = organisations.map((o) => ({ ...o, links: o.links.filter((l) => known.has(l.houseId)) }));
  const houseCount = (o: RegionalOrganisationRecord) => new Set(o.links.map((l) => l.houseId)).size;
  const shared = inSelection.filter((o) => houseCount(o) >= 2);

  // Union-find over houses: every shared organisation joins its houses into one region.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)!)!);
      x = parent.get(x)!;
    }
    return x;
  };
  for (const o of shared) for (const l of o.links) if (!parent.has(l.houseId)) parent.set(l.houseId, l.houseId);
  for (const o of shared) {
    const [first, ...rest] = o.links.map((l) => l.houseId);
    for (const id of rest) parent.set(find(id), find(first));
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const byName = new Map(houses.map((h) => [h.id, h.name]));
  const regionList = [...groups.values()]
    .map((ids) => ids.sort((a, b) => byName.get(a)!.localeCompare(byName.get(b)!, 'nl')))
    .sort((a, b) => b.length - a.length || byName.get(a[0])!.localeCompare(byName.get(b[0])!, 'nl'));
  const regionOf = new Map<string, number>();
  regionList.forEach((ids, index) => ids.forEach((id) => regionOf.set(id, index)));

  const sortIds = (ids: string[]) => [...new Set(ids)].sort((a, b) => byName.get(a)!.localeCompare(byName.get(b)!, 'nl'));
  const result = shared
    .map((o) => {
      const linked = new Set(o.links.map((l) => l.houseId));
      const region = regionOf.get(o.links[0].houseId)!;
      return {
        ...o,
        kernpartner: sortIds(o.links.filter((l) => l.level === 'kernpartner').map((l) => l.houseId)),
        involved: sortIds(o.links.filter((l) => l.level !== 'kernpartner' && (isDirect(l.level) || l.level === 'indirect')).map((l) => l.houseId)),
        notInvolved: sortIds(o.links.filter((l) => !isDirect(l.level) && l.level !== 'indirect').map((l) => l.houseId)),
        absent: regionList[region].filter((id) => !linked.has(id)),
        region,
      };
    })
    .sort((a, b) => b.links.length - a.links.length || a.name.localeCompare(b.name, 'nl'));

  return {
    houses,
    organisations: result,
    regions: regionList.map((ids, index) => ({ index, houses: ids })),
    sharesNone: houses.filter((h) => naming.has(h.id) && !regionOf.has(h.id)),
    namesNone: houses.filter((h) => !naming.has(h.id)),
    singleHouse: inSelection.filter((o) => houseCount(o) === 1).length,
  };
}
