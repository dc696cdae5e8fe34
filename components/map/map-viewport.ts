import type { Core } from 'cytoscape';
import { HOUSE_NODE_ID } from '@/lib/domain/map/node-ids';
import { MAP_FONTS } from '@/lib/domain/map/node-specs';

/** How much one press of + or − zooms: five presses double or halve the scale about twice. */
export const ZOOM_STEP = 1.25;
/** Room round the picture when it is fitted to the screen, in screen pixels. */
export const FIT_PADDING = 8;
/** The projector keeps a wider margin: a beamer crops the edges of the picture. */
export const PRESENTATION_PADDING = 24;
/** A small map is not blown up past this zoom: it stays a map, not a poster. */
export const FIT_MAX_ZOOM = 1.6;
/** The zoom at which the map's smallest names read at 12 px. */
export const READABLE_ZOOM = 12.2 / MAP_FONTS.actor.size;
/** An edit never moves a node on screen further than this (issue 13: the room keeps its place). */
const STEADY_PX = 24;
const DURATION = 160;
/** Where each map's running zoom glide ends. */
const zoomTargets = new WeakMap<Core, number>();

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** What a fit shows: the nodes in view, or everything when all are filtered away. */
function shown(cy: Core) {
  const visible = cy.elements(':visible').not('.leaving');
  return visible.nonempty() ? visible : cy.elements();
}

/** The viewport that shows the whole map, never zoomed in past FIT_MAX_ZOOM. */
function fitViewport(cy: Core, padding: number): Viewport {
  const box = shown(cy).boundingBox();
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.max(cy.minZoom(), Math.min(FIT_MAX_ZOOM, cy.maxZoom(), w / Math.max(1, box.w), h / Math.max(1, box.h)));
  return { zoom, pan: { x: (cy.width() - zoom * (box.x1 + box.x2)) / 2, y: (cy.height() - zoom * (box.y1 + box.y2)) / 2 } };
}

/**
 * Fits the whole map into view at once (a first picture). On a phone (`readable`) the map never
 * goes below the zoom at which its names read: it centres on the house, one pans.
 */
export function fitMap(cy: Core, padding = FIT_PADDING, readable = false): void {
  cy.stop(true, true);
  cy.viewport(fitViewport(cy, padding));
  if (readable && cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(cy.getElementById(HOUSE_NODE_ID));
  }
}

/** The whole map in view, gliding there (the button and the key 0): the same view as the first picture. */
export function fitAll(cy: Core, padding = FIT_PADDING): void {
  cy.stop(true, true);
  cy.animate(fitViewport(cy, padding), { duration: DURATION * 1.5 });
}

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

/** Whether every shown node lies wholly inside the map's box, `padding` pixels from its edge. */
export function allInView(cy: Core, padding = 0): boolean {
  const box = shown(cy).renderedBoundingBox();
  return box.x1 >= padding - 0.5 && box.y1 >= padding - 0.5 && box.x2 <= cy.width() - padding + 0.5 && box.y2 <= cy.height() - padding + 0.5;
}

/**
 * After an edit that left part of the map outside the view: zooms out and pans towards the view
 * that shows it all, but no further than moves any node `limit` pixels on screen. A node's screen
 * place is linear in the step taken between two viewports, so the step is cut to the limit; the
 * next edit goes on from there. Returns the viewport to glide to, or null when nothing need move.
 */
export function steadyRefit(cy: Core, padding: number, limit = STEADY_PX - 2): Viewport | null {
  if (allInView(cy, padding)) return null;
  const from: Viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const fit = fitViewport(cy, padding);
  // Only ever out: a map that fits at a larger zoom is shown as it was.
  const to: Viewport = fit.zoom <= from.zoom ? fit : { zoom: from.zoom, pan: fit.pan };
  let furthest = 0;
  cy.nodes(':visible').forEach((n) => {
    if (n.isParent()) return;
    const p = n.position();
    const dx = p.x * (to.zoom - from.zoom) + to.pan.x - from.pan.x;
    const dy = p.y * (to.zoom - from.zoom) + to.pan.y - from.pan.y;
    furthest = Math.max(furthest, Math.hypot(dx, dy));
  });
  if (furthest < 0.5) return null;
  const t = Math.min(1, limit / furthest);
  return { zoom: from.zoom + t * (to.zoom - from.zoom), pan: { x: from.pan.x + t * (to.pan.x - from.pan.x), y: from.pan.y + t * (to.pan.y - from.pan.y) } };
}
