import { nodeSpecs, type NodeSpec } from '../node-specs';
import type { MapModel } from '../to-elements';
import { forcePicture } from './force-picture';
import { LAYOUTS, type LayoutName } from './index';
import type { ArrangeOptions, Positions, PreviousArrangement } from './types';

/**
 * A layout's picture of a map: the layout's own arrangement, and for the force layout drawn
 * afresh its whole picture (fcose's spread settled, lib/domain/map/layouts/force-picture.ts).
 * Given the map as it stands, every layout keeps what stands (`arrange` with `previous`).
 * Used by the layout worker, the server's first picture and the exports: the same positions
 * everywhere. Imports Cytoscape: not for the page's own script (the worker runs it there).
 */
export function arrangeLayout(layout: LayoutName, specs: NodeSpec[], previous: PreviousArrangement | null, options: ArrangeOptions = {}): Positions {
  if (LAYOUTS[layout].refine === 'fcose' && !previous) return forcePicture(specs, options);
  return LAYOUTS[layout].arrange(specs, previous, options);
}

/**
 * A house's map as a layout places it: every node's spec (size, label lines) and position. The
 * same on the server (SVG, print, PDF) as in the browser.
 */
export function arrangeMap(
  houseName: string,
  model: MapModel,
  layout: LayoutName,
  previous: PreviousArrangement | null = null,
): { specs: NodeSpec[]; positions: Positions } {
  const specs = nodeSpecs(houseName, model, { list: layout === 'clusters' });
  return { specs, positions: arrangeLayout(layout, specs, previous) };
}
