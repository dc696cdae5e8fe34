// Lays out a map off the page's main thread: the same pure layouts (lib/domain/map/layouts), so the
// page stays responsive while a large house is placed, and the force layout's fcose (Cytoscape's
// code, headless) never runs on the page. Messages: { id, layout, specs, previous, options }.
import { arrangeLayout } from '@/lib/domain/map/layouts/arrange-map';
import type { LayoutName, PreviousArrangement } from '@/lib/domain/map/layouts';
import type { ArrangeOptions } from '@/lib/domain/map/layouts/types';
import type { NodeSpec } from '@/lib/domain/map/node-specs';

interface Request {
  id: number;
  layout: LayoutName;
  specs: NodeSpec[];
  previous: PreviousArrangement | null;
  options: ArrangeOptions;
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<Request>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, layout, specs, previous, options } = event.data;
  try {
    scope.postMessage({ id, positions: arrangeLayout(layout, specs, previous, options) });
  } catch (error) {
    scope.postMessage({ id, error: String(error) });
  }
};
