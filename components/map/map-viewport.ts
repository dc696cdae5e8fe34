import type { Core } from 'cytoscape';

/** How much one press of + or − zooms: five presses double or halve the scale about twice. */
export const ZOOM_STEP = 1.25;
const PADDING = 24;
const DURATION = 160;
/** Where each map's running zoom glide ends. */
const zoomTargets = new WeakMap<Core, number>();

/** Zooms around the middle of the map by `factor` (within the map's limits). */
export function zoomBy(cy: Core, factor: number): void {
  // A press during the glide of the one before builds on where that glide was going, not on the
  // zoom it had reached: stopping an animation does not always jump it to its end.
  const from = cy.animated() ? (zoomTargets.get(cy) ?? cy.zoom()) : cy.zoom();
  cy.stop(true, false);
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
  zoomTargets.set(cy, level);
  cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: DURATION });
}

/** The whole map in view (what is filtered away does not count). */
export function fitAll(cy: Core): void {
  cy.stop(true, true);
  const shown = cy.elements().not('.hidden');
  cy.animate({ fit: { eles: shown.nonempty() ? shown : cy.elements(), padding: PADDING } }, { duration: DURATION * 1.5 });
}

/** One actor and its neighbours (the house, the forum that carries it) in view. False when it is not on the map. */
export function zoomToNeighbourhood(cy: Core, nodeId: string): boolean {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return false;
  cy.stop(true, true);
  const around = node.closedNeighborhood().union(node.incomers().sources());
  cy.animate({ fit: { eles: around, padding: 56 } }, { duration: DURATION * 2 });
  return true;
}

/** Moves the view by (dx, dy) screen pixels. */
export function panBy(cy: Core, dx: number, dy: number): void {
  cy.stop(true, true);
  cy.panBy({ x: dx, y: dy });
}
