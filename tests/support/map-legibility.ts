import type { Page } from '@playwright/test';
import { reachForMap } from './reach-for-map';

/**
 * What a reader of the map sees, measured in the browser from Cytoscape's own boxes: one module
 * for bench/map-readability.ts and the e2e tests, so both count the same way.
 */
export interface Legibility {
  /** Labels on the map (nodes with a name shown). */
  labels: number;
  /** Pairs of labels whose boxes meet. */
  overlaps: [string, string][];
  /** A label lying over another node (or over its own, except the house's name on the house). */
  overNodes: [string, string][];
  /** Nodes whose name is not drawn: hidden at this zoom, or empty. */
  hidden: string[];
  /** The smallest label on screen, in pixels (font size × zoom), and whose it is. */
  smallest: { id: string; px: number } | null;
  /** The house's name on screen, in pixels. */
  housePx: number | null;
  /** Nodes not wholly inside the part of the map one sees. */
  outside: string[];
  /** Cluster frames overlapping each other or the house (the clusters layout). */
  clusterClashes: [string, string][];
  zoom: number;
  /** The map's visible area in screen pixels. */
  view: { width: number; height: number };
}

export interface LegibilityOptions {
  /**
   * Count only the labels of these levels (a phone names only the strongest partners; the others
   * show on a tap, so their empty labels are not "hidden").
   */
  levels?: string[];
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The measurement itself, run in the page: plain JavaScript over `window.netwerkkaartMap.cy`. */
function measureInPage(options: LegibilityOptions): Legibility {
  type Node = import('cytoscape').NodeSingular;
  const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
  const el = cy.container()!;
  const rect = el.getBoundingClientRect();
  // The part of the map inside the window, in the map's own screen coordinates.
  const view: Box = {
    x1: Math.max(0, -rect.left),
    y1: Math.max(0, -rect.top),
    x2: Math.min(rect.width, window.innerWidth - rect.left),
    y2: Math.min(rect.height, window.innerHeight - rect.top),
  };
  const zoom = cy.zoom();
  const EPS = 0.5;
  const meet = (a: Box, b: Box) => a.x1 < b.x2 - EPS && b.x1 < a.x2 - EPS && a.y1 < b.y2 - EPS && b.y1 < a.y2 - EPS;
  const only = options.levels ? new Set(options.levels) : null;
  const counts = (n: Node) => !only || n.hasClass('house') || only.has(String(n.data('level')));
  const nodes = cy.nodes(':visible').not('.leaving');
  const bodies: { id: string; box: Box }[] = [];
  const labels: { id: string; box: Box; inside: boolean }[] = [];
  const hidden: string[] = [];
  let smallest: { id: string; px: number } | null = null;
  let housePx: number | null = null;
  const outside: string[] = [];
  nodes.forEach((n: Node) => {
    if (!n.isParent()) {
      const body = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false } as never);
      bodies.push({ id: n.id(), box: body });
      if (body.x1 < view.x1 - EPS || body.y1 < view.y1 - EPS || body.x2 > view.x2 + EPS || body.y2 > view.y2 + EPS) outside.push(n.id());
    }
    if (!counts(n)) return;
    // The style as Cytoscape resolved it (pstyle: its parsed-style accessor).
    const style = (name: string) => (n as unknown as { pstyle(p: string): { strValue: string; pfValue: number; value: unknown } }).pstyle(name);
    const text = style('label').strValue;
    const px = style('font-size').pfValue * zoom;
    const minZoomed = style('min-zoomed-font-size').pfValue;
    const faint = Number(style('text-opacity').value) === 0;
    if (!text || faint || px < minZoomed) {
      if (n.hasClass('entry') || n.hasClass('house') || n.hasClass('forum')) hidden.push(n.id());
      return;
    }
    if (n.hasClass('house')) housePx = px;
    else if (!smallest || px < smallest.px) smallest = { id: n.id(), px };
    const box = n.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false } as never);
    labels.push({ id: n.id(), box, inside: n.hasClass('house') });
  });
  const overlaps: [string, string][] = [];
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1) if (meet(labels[i].box, labels[j].box)) overlaps.push([labels[i].id, labels[j].id]);
  }
  const overNodes: [string, string][] = [];
  for (const label of labels) {
    for (const body of bodies) {
      if (label.inside && body.id === label.id) continue;
      if (meet(label.box, body.box)) overNodes.push([label.id, body.id]);
    }
  }
  const clusterClashes: [string, string][] = [];
  const frames = cy.nodes('.cluster').map((c) => ({ id: c.id(), box: c.renderedBoundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false } as never) as Box }));
  const house = cy.getElementById('house');
  if (house.nonempty()) frames.push({ id: 'house', box: house.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never) });
  for (let i = 0; i < frames.length; i += 1) {
    for (let j = i + 1; j < frames.length; j += 1) if (meet(frames[i].box, frames[j].box)) clusterClashes.push([frames[i].id, frames[j].id]);
  }
  return { labels: labels.length, overlaps, overNodes, hidden, smallest, housePx, outside, clusterClashes, zoom, view: { width: Math.round(view.x2 - view.x1), height: Math.round(view.y2 - view.y1) } };
}

/** Brings the map into view as a reader would (scrolled to its top) and measures it. */
export async function measureLegibility(page: Page, options: LegibilityOptions = {}): Promise<Legibility> {
  // Run through tsx, esbuild names inner functions with a helper the page lacks: give it one.
  await page.evaluate('window.__name = window.__name || ((f) => f)');
  await page.evaluate(() => {
    document.getElementById('kaart')?.scrollIntoView({ block: 'start' });
    // Force the redraw at the new scroll position before the boxes are read.
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return page.evaluate(measureInPage, options);
}

/** Waits until the map has laid out in the given layout (and any movement has settled). */
export async function waitForLayout(page: Page, layout?: string): Promise<void> {
  await reachForMap(page);
  await page.waitForFunction(
    (name) => {
      const el = document.querySelector('[data-testid="house-map"]') as HTMLElement | null;
      return !!el && el.dataset.layoutReady === 'true' && (!name || el.dataset.layout === name);
    },
    layout ?? null,
    { timeout: 30_000 },
  );
}

/** Node positions on screen (rendered pixels), by id: to see what moved. */
export async function screenPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const cy = (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy;
    const out: Record<string, { x: number; y: number }> = {};
    cy.nodes().not('.leaving').forEach((n) => {
      if (!n.isParent()) out[n.id()] = { ...n.renderedPosition() };
    });
    return out;
  });
}

/** The largest distance any node present in both moved between two readings, except `except`. */
export function largestMove(before: Record<string, { x: number; y: number }>, after: Record<string, { x: number; y: number }>, except: string[] = []): { id: string | null; px: number } {
  let worst: { id: string | null; px: number } = { id: null, px: 0 };
  for (const [id, p] of Object.entries(before)) {
    const q = after[id];
    if (!q || except.includes(id)) continue;
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d > worst.px) worst = { id, px: d };
  }
  return worst;
}

/** A one-line account of a reading, for bench output and test messages. */
export function describeLegibility(r: Legibility): string {
  return `${r.labels} labels, ${r.overlaps.length} overlapping pairs, ${r.overNodes.length} over nodes, ${r.hidden.length} hidden, smallest ${r.smallest ? r.smallest.px.toFixed(1) : '-'} px, house ${r.housePx?.toFixed(1) ?? '-'} px, ${r.outside.length} outside, zoom ${r.zoom.toFixed(2)}, view ${r.view.width}×${r.view.height}`;
}
