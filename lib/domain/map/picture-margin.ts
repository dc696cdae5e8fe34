/**
 * The room round a bare map picture (the first picture's SVG), in the map's units: just enough
 * for the halos of a comparison. The page subtracts it again to show the picture at the zoom at
 * which Cytoscape will fit the same map, so nothing moves when it takes over.
 */
export const BARE_MARGIN = 16;
