import { readChangesOf } from '@/graph/repositories/timeline';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { toMapEntries } from '@/lib/domain/map/map-entries';
import { MAP_CHANGE_ACTIONS, toMapChange, type MapChange } from '@/lib/domain/timeline/map-change';

/**
 * What the timeline tests compare when they rebuild a map from the audit trail
 * (lib/domain/timeline/network-at.ts) and set it beside a snapshot or the house as it is now.
 */

/** What the map shows: every entry on it or in its tray, with its level and overleg. */
export function shown(network: HouseNetwork): Record<string, string> {
  return Object.fromEntries(
    toMapEntries(network)
      .filter((e) => e.placement !== 'none')
      .map((e) => [e.key, `${e.level ?? 'geen'}${e.via ? ` via ${e.via.name}` : ''}`]),
  );
}

/** The house's map changes, oldest first, as the Tijdlijn reads them. */
export async function changesOf(houseId: string): Promise<MapChange[]> {
  return (await readChangesOf(houseId, MAP_CHANGE_ACTIONS)).map(toMapChange).filter((c): c is MapChange => c !== null);
}
