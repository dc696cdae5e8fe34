import { clustersLayout } from './clusters';
import { forceLayout } from './force';
import { ringsLayout } from './rings';
import type { LayoutDefinition } from './types';

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
