import 'server-only';
import { readEventsAfter } from '@/graph/repositories/workshop-events';
import { subscribe } from './bus';
import type { WorkshopEvent } from '../../domain/workshop/events';

/** Seconds between comment lines that keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** How long a browser waits before it reconnects (the SSE `retry:` field). */
const RETRY_MS = 2_000;

/** The id to resume after: the browser's Last-Event-ID on a reconnect, else `?na=` of the first request. */
export function resumeFrom(request: Request): number {
  const header = request.headers.get('last-event-id');
  const query = new URL(request.url).searchParams.get('na');
  for (const value of [header, query]) {
    const n = Number(value);
    if (value !== null && value !== '' && Number.isInteger(n) && n >= 0) return n;
  }
  return 0;
}

function formatEvent(event: WorkshopEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(': hartslag\n\n');
// A live event is one object handed to every stream of its workshop: serialised once for all.
const encodedEvents = new WeakMap<WorkshopEvent, Uint8Array>();

function encodedEvent(event: WorkshopEvent): Uint8Array {
  let bytes = encodedEvents.get(event);
  if (!bytes) {
    bytes = encoder.encode(formatEvent(event));
    encodedEvents.set(event, bytes);
  }
  return bytes;
}

/**
 * One Server-Sent Events stream for one client of one workshop: first every logged event after
 * `after` (from Neo4j), then live events from the in-process bus, in seq order and each once.
 * A live event that skips a number (another writer's event not yet seen here) makes the stream
 * read the gap from the log first, so no client ever misses a change. Heartbeat comments every
 * 15 s; `retry:` tells the browser how soon to reconnect.
 */
export function eventStreamResponse(
  code: string,
  after: number,
  signal: AbortSignal,
  options: { endOnClose?: boolean; map?: (event: WorkshopEvent) => WorkshopEvent } = {},
): Response {
  let lastSent = after;
  let closed = false;
  let chain: Promise<void> = Promise.resolve();
  let stop: () => void = () => {};

  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (bytes: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(bytes);
        } catch {
          stop();
        }
      };
      const send = (event: WorkshopEvent) => {
        if (event.seq <= lastSent) return;
        write(encodedEvent(options.map ? options.map(event) : event));
        lastSent = event.seq;
        if (event.type === 'workshop.closed' && options.endOnClose) queueMicrotask(stop);
      };
      let queued = 0;
      const enqueue = (work: () => Promise<void>) => {
        queued += 1;
        chain = chain
          .then(work)
          .catch((error) => {
            console.error(`Workshop ${code}: stream failed:`, error instanceof Error ? error.message : error);
            stop();
          })
          .finally(() => {
            queued -= 1;
          });
      };
      const onLive = (event: WorkshopEvent) => {
        if (closed || event.seq <= lastSent) return;
        // The next event with nothing queued before it (the usual case): sent at once.
        if (queued === 0 && event.seq === lastSent + 1) return send(event);
        enqueue(async () => {
          if (closed || event.seq <= lastSent) return;
          if (event.seq > lastSent + 1) for (const missed of await readEventsAfter(code, lastSent, event.seq - 1)) send(missed);
          send(event);
        });
      };

      write(encoder.encode(`retry: ${RETRY_MS}\n: verbonden\n\n`));
      // Subscribe before reading the log: an event committed meanwhile is then either in the
      // log read or queued behind it, never lost between the two.
      const unsubscribe = subscribe(code, onLive, lastSent);
      enqueue(async () => {
        for (const event of await readEventsAfter(code, lastSent)) send(event);
      });
      const heartbeat = setInterval(() => write(HEARTBEAT), HEARTBEAT_MS);
      stop = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        signal.removeEventListener('abort', stop);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener('abort', stop);
      if (signal.aborted) stop();
    },
    cancel() {
      stop();
    },
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's compression (and proxies) must not buffer the stream.
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
