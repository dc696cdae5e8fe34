import type { LayoutDefinition } from './types';

/**
 * Options for cytoscape-fcose. `randomize: false` starts from the rings positions, so the same
 * network gives the same picture on every visit.
 */
export const FORCE_DEFAULTS = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  idealEdgeLength: 110,
  nodeRepulsion: 9000,
  edgeElasticity: 0.45,
  gravity: 0.3,
  numIter: 1500,
  tile: false,
} as const;

export const forceLayout: LayoutDefinition = {
  label: 'Krachtgericht',
  description: 'Een krachtgerichte schikking (fCoSE): sterk verbonden actoren trekken elkaar aan.',
  positions: null,
};
