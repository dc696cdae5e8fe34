import { clustersLayout } from './clusters';
import { forceLayout } from './force';
import { ringsLayout } from './rings';
import { nodeSpecs, type NodeSpec } from '../node-specs';
import type { MapModel } from '../to-elements';
import type { LayoutDefinition, Positions, PreviousArrangement } from './types';

/** The layouts a user can switch between, by the name used in the URL (?weergave=…). */
export const LAYOUT_NAMES = ['ringen', 'clusters', 'kracht'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUTS: Record<LayoutName, LayoutDefinition> = {
  ringen: ringsLayout,
  clusters: clustersLayout,
  kracht: forceLayout,
};

export function parseLayoutName(value: string | string[] | undefined | null): LayoutName {
  const v = Array.isArray(value) ? value[0] : value;
  return (LAYOUT_NAMES as readonly string[]).includes(v ?? '') ? (v as LayoutName) : 'ringen';
}

export type { LayoutDefinition, Positions, PreviousArrangement } from './types';

/**
 * A house's map as a layout places it: every node's spec (size, label lines) and position. The
 * same on the server (SVG, print, PDF) as in the browser. The force layout is finished in the
 * browser; elsewhere its starting picture, the rings, stands in for it.
 */
export function arrangeMap(
  houseName: string,
  model: MapModel,
  layout: LayoutName,
  previous: PreviousArrangement | null = null,
): { specs: NodeSpec[]; positions: Positions } {
  const specs = nodeSpecs(houseName, model, { list: layout === 'clusters' });
  return { specs, positions: LAYOUTS[layout].arrange(specs, previous) };
}
