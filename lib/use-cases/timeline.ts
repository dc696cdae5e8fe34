import 'server-only';
import { listSnapshots } from '@/graph/repositories/snapshots';
import { readChangesOf } from '@/graph/repositories/timeline';
import type { SessionUser } from '../domain/actor';
import type { HouseNetwork } from '../domain/house-network';
import { MAP_CHANGE_ACTIONS, toMapChange, type MapChange } from '../domain/timeline/map-change';
import { networkAt } from '../domain/timeline/network-at';
import { timelineFigures, timelineMoments, timelineUnion, type TimelineFigures, type TimelineMoment } from '../domain/timeline/timeline';
import { reportMaps } from '../domain/workshop/report-maps';
import type { Positions } from '../domain/map/layouts';
import { readArrangements } from './arrangements';
import { getHouseMap } from './house-map';

function keepChanged(network: HouseNetwork, changes: MapChange[]): HouseNetwork {
  const named = new Set([...network.actors.map((a) => a.typeCode), ...changes.map((c) => (c.kind === 'type' ? c.id : c.typeCode))]);
  return { ...network, types: network.types.filter((t) => t.answer || t.mandatory || named.has(t.code)) };
}

export interface TimelinePage {
  network: HouseNetwork;
  changes: MapChange[];
  moments: (TimelineMoment & { figures: TimelineFigures })[];
  /** One set of positions for every moment (the rings of everything the map ever showed, in the house's own arrangement). */
  positions: Positions;
  frame: { x: number; y: number }[];
}

/**
 * The house's map over time (issue 18), for whoever may read the house: its map changes from the
 * audit trail, its snapshots as stops, the figures at every stop, and the positions every stop is
 * drawn on. The map at a moment is rebuilt in the browser with the same pure networkAt.
 */
export async function getTimeline(user: SessionUser, houseId: string, asOf: string | null, now: Date = new Date()): Promise<TimelinePage> {
  const network = await getHouseMap(user, houseId, asOf);
  const [rows, snapshots, arrangements] = await Promise.all([
    readChangesOf(houseId, MAP_CHANGE_ACTIONS),
    listSnapshots(houseId),
    readArrangements(user, houseId),
  ]);
  const changes = rows.map(toMapChange).filter((c): c is MapChange => c !== null);
  const moments = timelineMoments(changes, snapshots, now);
  const union = timelineUnion(network, changes, moments);
  const { before } = reportMaps(union, null, null, arrangements.ringen.positions);
  return {
    // Unanswered optional types stay off the wire, except those a change once answered.
    network: keepChanged(network, changes),
    changes,
    moments: moments.map((m) => ({ ...m, figures: timelineFigures(networkAt(network, changes, m.at)) })),
    positions: before.positions,
    frame: before.frame,
  };
}
