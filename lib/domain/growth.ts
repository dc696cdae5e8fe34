import type { HouseNetwork } from './house-network';
import { toMapEntries, type MapEntry } from './map/map-entries';
import type { Urbanisation } from './regions';

export interface PeerGap {
  code: string;
  name: string;
  corePeers: number;
  peers: number;
  /** Share of peer houses where the type is kernpartner, 0-100, one decimal. */
  percent: number;
  level: MapEntry['level'];
}

export interface Growth {
  /**
   * The expansion plan: every actor at "nog niet", with a "gewenst" level, or with a plan
   * (trekker, volgende stap, streefdatum), the soonest target date first (no date last).
   */
  plan: MapEntry[];
  /** Actors that can still be put on the plan (on the map, not on the plan yet). */
  notPlanned: MapEntry[];
  /** One entry per missing mandatory type. */
  missing: MapEntry[];
  peers: PeerGap[];
  urbanisation: Urbanisation;
}

/** An entry belongs to the plan when it is planned ("nog niet"), has a wish or carries a plan. */
function isPlanned(entry: MapEntry): boolean {
  return entry.level === 'nog_niet' || Boolean(entry.desired || entry.owner || entry.nextStep || entry.due);
}

/** Pure: the growth opportunities from a network and the peer figures. */
export function growthOf(network: HouseNetwork, peers: { code: string; name: string; corePeers: number; peers: number; level: MapEntry['level'] }[]): Growth {
  const entries = toMapEntries(network);
  const editable = entries.filter((e) => e.kind !== 'missing' && e.targetId !== null);
  const plan = editable.filter(isPlanned).sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.name.localeCompare(b.name, 'nl'));
  const notPlanned = editable.filter((e) => !isPlanned(e)).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const seen = new Set<string>();
  const missing = entries.filter((e) => e.missingMandatory && !seen.has(e.typeCode) && seen.add(e.typeCode));
  return {
    plan,
    notPlanned,
    missing,
    peers: peers.map((p) => ({ ...p, percent: Math.round((1000 * p.corePeers) / p.peers) / 10 })),
    urbanisation: network.house.urbanisation,
  };
}
