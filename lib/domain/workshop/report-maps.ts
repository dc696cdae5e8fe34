import { arrangedPositions } from '../arrangement';
import type { HouseNetwork } from '../house-network';
import { LAYOUTS } from '../map/layouts';
import { arrangeMap } from '../map/layouts/arrange-map';
import { unionBox } from '../map/layouts/geometry';
import { nodeBoxes } from '../map/layouts/keep-and-place';
import type { Positions } from '../map/layouts/types';
import { HOUSE_NODE_ID } from '../map/node-ids';
import { toMapModel } from '../map/to-elements';
import { diffDecorations, mergeForComparison, type NetworkDiff } from '../snapshot-diff';

/** One picture of the workshop report: what to draw, where, and how to mark the changes. */
export interface ReportMap {
  network: HouseNetwork;
  positions: Positions;
  /** Every position of both pictures: drawn in this frame, the two line up on the page. */
  frame: { x: number; y: number }[];
  decorations?: Record<string, string>;
}

/**
 * The report's two maps on ONE set of positions, so that a reader who turns the page sees the
 * same picture with the changes in it: every node keeps its place between before and after.
 * The positions are those of the rings layout of the union (the state after the workshop plus
 * what was removed during it); in the picture before, an actor whose level changed therefore
 * already stands where it went to, and the added ones are still missing from their places.
 * A node only the picture before holds (a placeholder answered since) takes a free place beside
 * them. Where the house saved its own arrangement of the rings (the projector shows it), its nodes
 * stand where it put them, in both pictures. Both are drawn in one frame, so they also line up on
 * paper.
 */
export function reportMaps(
  before: HouseNetwork,
  after: HouseNetwork | null,
  diff: NetworkDiff | null,
  saved: Positions | null = null,
): { before: ReportMap; after: ReportMap | null } {
  const merged = after && diff ? mergeForComparison(before, after, diff) : null;
  // The union is placed first; what only the picture before holds takes a free place around it.
  const union = arrangeMap(before.house.name, toMapModel(merged ?? before), 'ringen');
  const own = merged ? arrangeMap(before.house.name, toMapModel(before), 'ringen', { positions: union.positions }) : union;
  const positions = arrangedPositions({ ...own.positions, ...union.positions }, saved);
  // The frame: the corners of every node and label of both pictures, so both are drawn alike.
  const centre = positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  const specs = [...union.specs, ...(own === union ? [] : own.specs)].filter((s) => positions[s.id]);
  const box = unionBox(specs.flatMap((s) => nodeBoxes(s, positions[s.id], centre, LAYOUTS.ringen.labelRule(s))));
  const frame = [
    { x: box.x1, y: box.y1 },
    { x: box.x2, y: box.y2 },
  ];
  return {
    before: { network: before, positions, frame },
    after: merged && diff ? { network: merged, positions, frame, decorations: diffDecorations(diff) } : null,
  };
}
