import type { Core } from 'cytoscape';
import { labelSpot, type LabelRule } from '@/lib/domain/map/labels/label-spot';
import type { Positions } from '@/lib/domain/map/layouts';
import { HOUSE_NODE_ID } from '@/lib/domain/map/node-ids';
import type { NodeSpec } from '@/lib/domain/map/node-specs';

/** How long a node takes to glide to its new place, and a new one to slide in. */
const MOVE_MS = 450;

export interface Placement {
  /** Every node's spec, with its full label (a phone hides some, see `quiet`). */
  specs: NodeSpec[];
  positions: Positions;
  rule(spec: NodeSpec): LabelRule;
  /** Glide to the new places (an edit), or jump (a first picture). */
  animate: boolean;
  /** Nodes new on the map: they slide in from the house's side and fade in. */
  added: ReadonlySet<string>;
  /** Nodes whose name shows only on a tap (a phone). */
  quiet: ReadonlySet<string>;
}

/**
 * Puts every node where the layout placed it and its label where the label rule says, from that
 * position. Returns how long until everything has arrived.
 */
export function applyPlacement(cy: Core, placement: Placement): number {
  const { positions, animate, added } = placement;
  const house = positions[HOUSE_NODE_ID] ?? { x: 0, y: 0 };
  const glides: (() => void)[] = [];
  cy.batch(() => {
    for (const spec of placement.specs) {
      const node = cy.getElementById(spec.id);
      const p = positions[spec.id];
      if (node.empty() || !p) continue;
      const spot = labelSpot(spec, p, house, placement.rule(spec));
      node.data({ lx: spot.dx, ly: spot.dy, justify: spot.justify });
      node.toggleClass('label-on-tap', placement.quiet.has(spec.id));
      const now = node.position();
      if (!animate) {
        node.position({ x: p.x, y: p.y });
      } else if (added.has(spec.id)) {
        // In from a little nearer the house, fading in.
        const dx = house.x - p.x;
        const dy = house.y - p.y;
        const d = Math.hypot(dx, dy) || 1;
        node.position({ x: p.x + (dx / d) * 40, y: p.y + (dy / d) * 40 });
        node.style('opacity', 0);
        glides.push(() =>
          node.animate(
            { position: { x: p.x, y: p.y }, style: { opacity: 1 } },
            {
              duration: MOVE_MS,
              easing: 'ease-out-cubic',
              complete: () => {
                node.removeStyle('opacity');
              },
            },
          ),
        );
      } else if (now.x !== p.x || now.y !== p.y) {
        glides.push(() => node.animate({ position: { x: p.x, y: p.y } }, { duration: MOVE_MS, easing: 'ease-in-out-cubic' }));
      }
    }
  });
  for (const glide of glides) glide();
  return glides.length > 0 ? MOVE_MS : 0;
}
