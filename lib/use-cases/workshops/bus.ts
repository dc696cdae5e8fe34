import 'server-only';
import { EventEmitter } from 'node:events';
import { readEventsAfterEach } from '@/graph/repositories/workshop-events';
import type { WorkshopEvent } from '../../domain/workshop/events';

/**
 * The in-process pub/sub of workshop events: the write path publishes an event right after its
 * transaction committed; every open stream of that workshop receives it. Kept on globalThis so a
 * dev reload does not split publishers and subscribers over two emitters.
 *
 * Neo4j's event log stays the source of truth, also for events written by another app process
 * (several behind nginx, no sticky sessions). One poller per process, not per stream nor per
 * workshop: every POLL_INTERVAL_MS it reads, in one statement committed with its result (one
 * round trip), the events after the newest seq published here of every workshop that has a
 * stream here (a range seek on the (code, seq) index each, empty when nothing is new), and
 * publishes them. A change accepted on another process thus reaches this one's streams within
 * about one interval; with 20 workshops that is 7 small reads a second per process, whatever the
 * number of streams.
 */
const POLL_INTERVAL_MS = 150;

interface Bus {
  emitter: EventEmitter;
  /** The newest seq this process has published, per workshop with streams here. */
  newest: Map<string, number>;
  poller: NodeJS.Timeout | null;
  busy: boolean;
}

const holder = globalThis as typeof globalThis & { __netwerkkaartWorkshopBus?: Bus };

function bus(): Bus {
  if (!holder.__netwerkkaartWorkshopBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    holder.__netwerkkaartWorkshopBus = { emitter, newest: new Map(), poller: null, busy: false };
  }
  return holder.__netwerkkaartWorkshopBus;
}

export function publish(code: string, event: WorkshopEvent | null | undefined): void {
  if (!event) return;
  const b = bus();
  if (b.emitter.listenerCount(code) > 0 && event.seq > (b.newest.get(code) ?? 0)) b.newest.set(code, event.seq);
  b.emitter.emit(code, event);
}

/**
 * Listens to one workshop's events; returns the function that stops listening. `after` is the
 * seq the listener has seen: the first listener of a workshop makes the poller start there, so an
 * event another process commits while the listener reads the log is published too (a listener
 * ignores what it already has).
 */
export function subscribe(code: string, listener: (event: WorkshopEvent) => void, after: number): () => void {
  const b = bus();
  if (!b.newest.has(code)) b.newest.set(code, after);
  b.emitter.on(code, listener);
  if (!b.poller) {
    b.poller = setInterval(() => void poll(b), POLL_INTERVAL_MS);
    b.poller.unref?.();
  }
  return () => {
    b.emitter.off(code, listener);
    if (b.emitter.listenerCount(code) > 0) return;
    b.newest.delete(code);
    if (b.emitter.eventNames().length === 0 && b.poller) {
      clearInterval(b.poller);
      b.poller = null;
    }
  };
}

/** One round of the shared poller: what is new in the log of every workshop with streams here. */
async function poll(b: Bus): Promise<void> {
  if (b.busy) return;
  b.busy = true;
  try {
    const wanted = b.emitter
      .eventNames()
      .filter((name): name is string => typeof name === 'string' && b.newest.has(name))
      .map((code) => ({ code, after: b.newest.get(code)! }));
    if (wanted.length === 0) return;
    for (const { code, event } of await readEventsAfterEach(wanted)) publish(code, event);
  } catch (error) {
    console.error('Workshops: polling the event log failed:', error instanceof Error ? error.message : error);
  } finally {
    b.busy = false;
  }
}
