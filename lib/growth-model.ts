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
  /** "Nog niet" actors with their plan, the soonest target date first (no date last). */
  nogNiet: MapEntry[];
  /** One entry per missing mandatory type. */
  missing: MapEntry[];
  peers: PeerGap[];
  urbanisation: Urbanisation;
}

/** Pure: the growth opportunities from a network and the peer figures. */
export function growthOf(network: HouseNetwork, peers: { code: string; name: string; corePeers: number; peers: number; level: MapEntry['level'] }[]): Growth {
  const entries = toMapEntries(network);
  const nogNiet = entries
    .filter((e) => e.level === 'nog_niet' && e.kind !== 'missing')
    .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.name.localeCompare(b.name, 'nl'));
  const seen = new Set<string>();
  const missing = entries.filter((e) => e.missingMandatory && !seen.has(e.typeCode) && seen.add(e.typeCode));
  return {
    nogNiet,
    missing,
    peers: peers.map((p) => ({ ...p, percent: Math.round((1000 * p.corePeers) / p.peers) / 10 })),
    urbanisation: network.house.urbanisation,
  };
}
