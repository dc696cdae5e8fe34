// Many Server-Sent Events clients for bench/workshop-day.ts, held by worker threads so that the
// bench's own event loop (which sends the requests and takes the times) is not the one parsing
// 650 streams, and a slow client thread shows in its own event loop delay, printed by the bench.
// A group (a workshop's 31 clients, the echo's) lives in one worker, which reports the moment the
// last of its streams received an event.
import os from 'node:os';
import { Worker } from 'node:worker_threads';

export interface Arrival {
  /** When the first and the last stream of the group received it (epoch ms). */
  first: number;
  last: number;
  /** When the server sent it: a workshop event's `at` (stamped in its write), an echo's `sentAt`. */
  sentAt: number | null;
}

interface Done {
  op: 'done';
  id: number;
  value?: unknown;
  error?: string;
}
interface All extends Arrival {
  op: 'all';
  group: string;
  key: string;
}

export class SsePool {
  private workers: Worker[];
  private next = 0;
  private calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private placed = new Map<string, Worker>();
  private arrivals = new Map<string, Arrival>();
  private waiting = new Map<string, (a: Arrival) => void>();

  constructor(threads = Math.max(1, os.cpus().length)) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(new URL('./sse-pool-worker.mjs', import.meta.url));
      worker.on('message', (m: Done | All) => {
        if (m.op === 'all') {
          const id = `${m.group} ${m.key}`;
          const arrival = { first: m.first, last: m.last, sentAt: m.sentAt };
          this.arrivals.set(id, arrival);
          this.waiting.get(id)?.(arrival);
          this.waiting.delete(id);
          return;
        }
        const call = this.calls.get(m.id);
        this.calls.delete(m.id);
        if (m.error) call?.reject(new Error(m.error));
        else call?.resolve(m.value);
      });
      worker.unref();
      return worker;
    });
  }

  private call(worker: Worker, message: Record<string, unknown>): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  /** Opens `urls.length` streams as one group (`kind` says how its events are keyed). */
  async openGroup(group: string, kind: 'workshop' | 'echo', streams: { url: string; headers: Record<string, string> }[]): Promise<void> {
    const worker = this.workers[this.placed.size % this.workers.length];
    this.placed.set(group, worker);
    await Promise.all(streams.map((s) => this.call(worker, { op: 'open', group, kind, ...s })));
  }

  /** Resolves once every stream of the group has the event `key` (rejects after `timeoutMs`). */
  waitForAll(group: string, key: string, timeoutMs = 20_000): Promise<Arrival> {
    const id = `${group} ${key}`;
    const known = this.arrivals.get(id);
    if (known) return Promise.resolve(known);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${key} in ${group}`)), timeoutMs);
      this.waiting.set(id, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
    });
  }

  /** Whether every stream of the group got every one of `keys`, and how many events came twice. */
  check(group: string, keys: string[]): Promise<{ ok: boolean; doubled: number }> {
    return this.call(this.placed.get(group)!, { op: 'check', group, keys }) as Promise<{ ok: boolean; doubled: number }>;
  }

  async closeGroup(group: string): Promise<void> {
    const worker = this.placed.get(group);
    if (!worker) return;
    this.placed.delete(group);
    await this.call(worker, { op: 'close', group });
  }

  /** Each client thread's event loop delay (ms) since the last call. */
  eventLoops(): Promise<{ p50: number; p95: number; p99: number; max: number }[]> {
    return Promise.all(this.workers.map((w) => this.call(w, { op: 'loop' }))) as Promise<{ p50: number; p95: number; p99: number; max: number }[]>;
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
