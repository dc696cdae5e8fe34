// Lays out a map off the page's main thread: the same pure layouts (lib/domain/map/layouts), so the page
// stays responsive while a large house is placed. Messages: { id, layout, specs, previous, options }
// to arrange, or { id, layout: 'kracht', specs, spread, options } to settle fcose's picture.
import { LAYOUTS, type LayoutName, type Positions, type PreviousArrangement } from '@/lib/domain/map/layouts';
import { settleForce } from '@/lib/domain/map/layouts/force';
import type { ArrangeOptions } from '@/lib/domain/map/layouts/types';
import type { NodeSpec } from '@/lib/domain/map/node-specs';

interface Request {
  id: number;
  layout: LayoutName;
  specs: NodeSpec[];
  previous: PreviousArrangement | null;
  /** fcose's positions, to be settled (the force layout's second step). */
  spread?: Positions;
  options: ArrangeOptions;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, layout, specs, previous, spread, options } = event.data;
  try {
    scope.postMessage({ id, positions: spread ? settleForce(specs, spread, options) : LAYOUTS[layout].arrange(specs, previous, options) });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
