import 'server-only';
import { EventEmitter } from 'node:events';

/**
 * A bare SSE echo for bench/workshop-sse.ts: the same streaming path as a workshop stream (route
 * handler, ReadableStream, one in-process emitter) without the database, to compare against.
 * Exists only with NETWERKKAART_BENCH=1.
 */
export function benchEnabled(): boolean {
  return process.env.NETWERKKAART_BENCH === '1';
}

const holder = globalThis as typeof globalThis & { __netwerkkaartBenchEcho?: EventEmitter };

function emitter(): EventEmitter {
  if (!holder.__netwerkkaartBenchEcho) {
    holder.__netwerkkaartBenchEcho = new EventEmitter();
    holder.__netwerkkaartBenchEcho.setMaxListeners(0);
  }
  return holder.__netwerkkaartBenchEcho;
}

export function echo(message: unknown): number {
  emitter().emit('echo', message);
  return emitter().listenerCount('echo');
}

export function echoStream(signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let seq = 0;
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const listener = (message: unknown) => {
        seq += 1;
        controller.enqueue(encoder.encode(`id: ${seq}\ndata: ${JSON.stringify(message)}\n\n`));
      };
      emitter().on('echo', listener);
      controller.enqueue(encoder.encode('retry: 2000\n: verbonden\n\n'));
      stop = () => {
        emitter().off('echo', listener);
        try {
          controller.close();
        } catch {
          // closed already
        }
      };
      signal.addEventListener('abort', stop);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' },
  });
}
