import { LAYOUTS, type LayoutName, type Positions, type PreviousArrangement } from '@/lib/domain/map/layouts';
import { settleForce } from '@/lib/domain/map/layouts/force';
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
 * several shapes of a large map); on the page itself where there is no worker, or where the
 * worker cannot run (a Content-Security-Policy without `worker-src 'self'` refuses it). Same result.
 */
export function arrangeOffThread(layout: LayoutName, specs: NodeSpec[], previous: PreviousArrangement | null, options: ArrangeOptions): Promise<Arranged> {
  return offThread({ layout, specs, previous, options }, () => LAYOUTS[layout].arrange(specs, previous, options));
}

/** The force layout's second step off the main thread: fcose's picture drawn together, overlaps removed. */
export function settleForceOffThread(specs: NodeSpec[], spread: Positions, options: ArrangeOptions): Promise<Arranged> {
  return offThread({ layout: 'kracht', specs, previous: null, spread, options }, () => settleForce(specs, spread, options));
}

function offThread(request: Record<string, unknown>, onPage: () => Positions): Promise<Arranged> {
  const here = (): Arranged => ({ positions: onPage(), arrangedIn: 'page' });
  const w = layoutWorker();
  if (!w) return Promise.resolve(here());
  const id = (next += 1);
  return new Promise((resolve) => {
    waiting.set(id, (positions) => resolve(positions ? { positions, arrangedIn: 'worker' } : here()));
    w.postMessage({ id, ...request });
  });
}
