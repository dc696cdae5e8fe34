import type { LayoutName, Positions, PreviousArrangement } from '@/lib/domain/map/layouts';
import type { ArrangeOptions } from '@/lib/domain/map/layouts/types';
import type { NodeSpec } from '@/lib/domain/map/node-specs';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, (positions: Positions | null) => void>();

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./arrange.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<{ id: number; positions?: Positions }>) => {
      waiting.get(event.data.id)?.(event.data.positions ?? null);
      waiting.delete(event.data.id);
    };
    worker.onerror = () => {
      // A worker that cannot run: every caller lays out on the page instead.
      for (const done of waiting.values()) done(null);
      waiting.clear();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Starts the layout worker before the first map asks for it: its script loads and compiles while
 * the page hydrates and Cytoscape loads, not after (the first picture waits for neither twice).
 */
export function warmLayoutWorker(): void {
  if (typeof window !== 'undefined' && typeof Worker !== 'undefined') layoutWorker();
}

/** Positions, and where they were computed: the map says so (data-arranged-in) for the tests. */
export interface Arranged {
  positions: Positions;
  arrangedIn: 'worker' | 'page' | 'server';
}

/**
 * The layout's positions, computed in a Web Worker so the page stays responsive (the layouts try
 * several shapes of a large map; the force layout runs fcose); on the page itself where there is
 * no worker, or where the worker cannot run (a Content-Security-Policy without
 * `worker-src 'self'` refuses it). Same result: the same arrangeLayout either way.
 */
export function arrangeOffThread(layout: LayoutName, specs: NodeSpec[], previous: PreviousArrangement | null, options: ArrangeOptions): Promise<Arranged> {
  const here = async (): Promise<Arranged> => {
    // Loaded only when needed: it carries Cytoscape's code for the force layout.
    const { arrangeLayout } = await import('@/lib/domain/map/layouts/arrange-map');
    return { positions: arrangeLayout(layout, specs, previous, options), arrangedIn: 'page' };
  };
  const w = layoutWorker();
  if (!w) return here();
  const id = (next += 1);
  return new Promise((resolve) => {
    waiting.set(id, (positions) => (positions ? resolve({ positions, arrangedIn: 'worker' }) : void here().then(resolve)));
    w.postMessage({ id, layout, specs, previous, options });
  });
}
