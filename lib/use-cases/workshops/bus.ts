import 'server-only';
import { EventEmitter } from 'node:events';
import { readEventsAfter, readLastSeq } from '@/graph/repositories/workshop-events';
import type { WorkshopEvent } from '../../domain/workshop/events';

/**
 * The in-process pub/sub of workshop events: the write path publishes an event right after its
 * transaction committed; every open stream of that workshop receives it. Kept on globalThis so a
 * dev reload does not split publishers and subscribers over two emitters.
 *
 * Neo4j's event log stays the source of truth: while a workshop has subscribers here, a poller
 * reads the log every few seconds and publishes what this process has not seen, so events written
 * by another app process (several behind a load balancer) arrive too, a little later.
 */
const POLL_INTERVAL_MS = 3_000;

interface Bus {
  emitter: EventEmitter;
  newest: Map<string, number>;
  pollers: Map<string, NodeJS.Timeout>;
}

const holder = globalThis as typeof globalThis & { __netwerkkaartWorkshopBus?: Bus };

function bus(): Bus {
  if (!holder.__netwerkkaartWorkshopBus) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    holder.__netwerkkaartWorkshopBus = { emitter, newest: new Map(), pollers: new Map() };
  }
  return holder.__netwerkkaartWorkshopBus;
}

export function publish(code: string, event: WorkshopEvent | null | undefined): void {
  if (!event) return;
  const b = bus();
  if (event.seq > (b.newest.get(code) ?? 0)) b.newest.set(code, event.seq);
  b.emitter.emit(code, event);
}

/** Listens to one workshop's events; returns the function that stops listening. */
export function subscribe(code: string, listener: (event: WorkshopEvent) => void): () => void {
  const b = bus();
  b.emitter.on(code, listener);
  if (!b.pollers.has(code)) startPoller(b, code);
  return () => {
    b.emitter.off(code, listener);
    if (b.emitter.listenerCount(code) === 0) {
      clearInterval(b.pollers.get(code));
      b.pollers.delete(code);
    }
  };
}

function startPoller(b: Bus, code: string): void {
  let busy = false;
  const poll = async () => {
    if (busy) return;
    busy = true;
    try {
      if (!b.newest.has(code)) b.newest.set(code, await readLastSeq(code));
      else for (const event of await readEventsAfter(code, b.newest.get(code)!)) publish(code, event);
    } catch (error) {
      console.error(`Workshop ${code}: polling the event log failed:`, error instanceof Error ? error.message : error);
    } finally {
      busy = false;
    }
  };
  void poll();
  const timer = setInterval(poll, POLL_INTERVAL_MS);
  timer.unref?.();
  b.pollers.set(code, timer);
}
