import 'server-only';
import { EventEmitter } from 'node:events';
import { monitorEventLoopDelay, type ELDHistogram } from 'node:perf_hooks';
import { epochNow, withTimingMarks, type TimingMarks } from '@/graph/timing-marks';
import { readAppEnv } from './app-env';

/**
 * A bare SSE echo for bench/workshop-sse.ts: the same streaming path as a workshop stream (route
 * handler, ReadableStream, one in-process emitter) without the database, to compare against.
 * Exists only with NETWERKKAART_BENCH=1.
 */
export function benchEnabled(): boolean {
  return readAppEnv().benchMode;
}

const holder = globalThis as typeof globalThis & { __netwerkkaartBenchEcho?: EventEmitter };

function emitter(): EventEmitter {
  if (!holder.__netwerkkaartBenchEcho) {
    holder.__netwerkkaartBenchEcho = new EventEmitter();
    holder.__netwerkkaartBenchEcho.setMaxListeners(0);
  }
  return holder.__netwerkkaartBenchEcho;
}

/** Sends `message` to every echo stream, stamped with the moment the server sends it (`sentAt`, epoch ms). */
export function echo(message: unknown): number {
  emitter().emit('echo', { ...(typeof message === 'object' ? message : {}), sentAt: epochNow() });
  return emitter().listenerCount('echo');
}

interface Timings {
  /** Marks of each timed request (graph/timing-marks.ts), by what it decided (a proposal id). */
  requests: { id: string; marks: TimingMarks }[];
  /** This process's event loop delay since the last reading. */
  loop: ELDHistogram;
}

const timingHolder = globalThis as typeof globalThis & { __netwerkkaartBenchTimings?: Timings };

function timings(): Timings {
  if (!timingHolder.__netwerkkaartBenchTimings) {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    timingHolder.__netwerkkaartBenchTimings = { requests: [], loop };
  }
  return timingHolder.__netwerkkaartBenchTimings;
}

/**
 * In bench mode, runs a request collecting where its time goes (request, access check,
 * transaction, lock, commit, publish: graph/timing-marks.ts) under `id`; otherwise just runs it.
 */
export function timedForBench<T>(id: string, work: () => Promise<T>): Promise<T> {
  if (!benchEnabled()) return work();
  const t = timings();
  const request = epochNow();
  return withTimingMarks(work, (marks) => {
    t.requests.push({ id, marks: { request, ...marks } });
    if (t.requests.length > 10_000) t.requests.shift();
  });
}

const ms = (ns: number) => Math.round(ns / 1e4) / 100;

/** The timed requests and the event loop delay (ms) since the last call, which starts both afresh. */
export function takeBenchTimings() {
  const t = timings();
  const { requests, loop } = t;
  const eventLoop = { p50: ms(loop.percentile(50)), p95: ms(loop.percentile(95)), p99: ms(loop.percentile(99)), max: ms(loop.max), mean: ms(loop.mean) };
  t.requests = [];
  loop.reset();
  return { requests, eventLoop };
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
