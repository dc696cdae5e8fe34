import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { NodeSpec } from '../node-specs';
import { HOUSE_NODE_ID } from '../node-ids';
import { forceLayout, settleForce } from './force';
import type { ArrangeOptions, Positions } from './types';

/**
 * Options for cytoscape-fcose. `randomize: false` starts from the rings positions, so the same
 * network gives the same picture on every visit. Run headless, where no label is measured: each
 * node's size carries its label's room instead (forceSpread), so fcose counts no label itself.
 */
const FORCE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: false,
  animate: false,
  fit: false,
  nodeDimensionsIncludeLabels: false,
  idealEdgeLength: 70,
  nodeRepulsion: 6500,
  edgeElasticity: 0.45,
  gravity: 0.4,
  numIter: 1500,
  tile: false,
  packComponents: false,
} as const;

let registered = false;

/**
 * fcose's spread of a map, run headless: no canvas measures a label here, so each node is given
 * its label's room in its size (what nodeDimensionsIncludeLabels does on screen), from the same
 * specs the rest of the layout uses. Starts from the rings, so the same network gives the same
 * spread on every run, in the browser's layout worker and on the server alike. Ties between
 * partners take no part in it (drawing them never moves a node, issue 17): only the edges from
 * the house, and from a forum to what it carries.
 */
export function forceSpread(specs: NodeSpec[], options: ArrangeOptions = {}): Positions {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const start = forceLayout.arrange(specs, null, options);
  const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }] });
  cy.add(
    specs.map((s) => ({ group: 'nodes' as const, data: { id: s.id, w: Math.max(s.w, s.textW + 8), h: s.h + s.textH + 4 }, position: { ...start[s.id] } })),
  );
  cy.add(
    specs
      .filter((s) => s.id !== HOUSE_NODE_ID)
      .map((s) => ({ group: 'edges' as const, data: { id: `edge:${s.id}`, source: s.via ?? HOUSE_NODE_ID, target: s.id } })),
  );
  cy.layout(FORCE_OPTIONS as unknown as cytoscape.LayoutOptions).run();
  const spread: Positions = {};
  cy.nodes().forEach((n) => {
    spread[n.id()] = { ...n.position() };
  });
  cy.destroy();
  return spread;
}

/**
 * The force layout's whole picture (Krachtgericht): fcose's spread, drawn together for the
 * screen with no label over another (settleForce). Pure and deterministic; it needs Cytoscape's
 * code, so it runs in the layout worker and on the server, never in the page's own script.
 */
export function forcePicture(specs: NodeSpec[], options: ArrangeOptions = {}): Positions {
  return settleForce(specs, forceSpread(specs, options), options);
}
