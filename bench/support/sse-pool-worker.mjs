// One thread of bench/support/sse-pool.ts: holds many Server-Sent Events streams (node:http, no
// WHATWG streams: the cheapest client Node has), notes when each event arrives, and tells the
// main thread once every stream of a group has an event. Plain JavaScript: a worker thread does
// not go through tsx.
import http from 'node:http';
import https from 'node:https';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

const now = () => performance.timeOrigin + performance.now();
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();

/** The key of an event worth timing: a workshop's created or accepted proposal, or an echo. */
function keyOf(kind, data) {
  if (kind === 'echo') return typeof data.n === 'number' ? `echo:${data.n}` : null;
  if (data.type === 'proposal.accepted' || data.type === 'proposal.created') return `${data.type}:${data.payload.proposal.id}`;
  return null;
}

/** When the server sent it: a workshop event's `at` (stamped in its write), an echo's `sentAt`. */
function sentAtOf(data) {
  if (typeof data.sentAt === 'number') return data.sentAt;
  return typeof data.at === 'string' ? Date.parse(data.at) : null;
}

/** group → { kind, streams: [{ received: Set, doubled, request }], counts: Map<key, {n, last, sentAt}> } */
const groups = new Map();

function open({ group, kind, url, headers }) {
  let g = groups.get(group);
  if (!g) groups.set(group, (g = { kind, streams: [], counts: new Map() }));
  const stream = { received: new Set(), doubled: 0, request: null };
  g.streams.push(stream);
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? https.get : http.get;
    stream.request = get(url, { headers: { Accept: 'text/event-stream', ...headers }, rejectUnauthorized: false }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`${url}: ${res.statusCode}`));
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        const at = now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const line = block.split('\n').find((l) => l.startsWith('data: '));
          if (!line) continue;
          const data = JSON.parse(line.slice(6));
          const key = keyOf(g.kind, data);
          if (!key) continue;
          if (stream.received.has(key)) {
            stream.doubled += 1;
            continue;
          }
          stream.received.add(key);
          const count = g.counts.get(key) ?? { n: 0, first: at, last: 0, sentAt: sentAtOf(data) };
          count.n += 1;
          count.last = Math.max(count.last, at);
          g.counts.set(key, count);
          if (count.n === g.streams.length) parentPort.postMessage({ op: 'all', group, key, first: count.first, last: count.last, sentAt: count.sentAt });
        }
      });
      res.on('error', () => {});
      resolve();
    });
    stream.request.on('error', (error) => (stream.request.destroyed ? undefined : reject(error)));
  });
}

parentPort.on('message', async (message) => {
  const { op, id } = message;
  try {
    if (op === 'open') {
      await open(message);
      parentPort.postMessage({ op: 'done', id });
    } else if (op === 'check') {
      // Whether every stream of the group got every key, and how many events came twice.
      const g = groups.get(message.group);
      const ok = g.streams.every((s) => message.keys.every((k) => s.received.has(k)));
      parentPort.postMessage({ op: 'done', id, value: { ok, doubled: g.streams.reduce((n, s) => n + s.doubled, 0) } });
    } else if (op === 'close') {
      for (const s of groups.get(message.group)?.streams ?? []) s.request.destroy();
      groups.delete(message.group);
      parentPort.postMessage({ op: 'done', id });
    } else if (op === 'loop') {
      const ms = (ns) => Math.round(ns / 1e4) / 100;
      parentPort.postMessage({
        op: 'done',
        id,
        value: { p50: ms(loop.percentile(50)), p95: ms(loop.percentile(95)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
      });
      loop.reset();
    }
  } catch (error) {
    parentPort.postMessage({ op: 'done', id, error: String(error?.message ?? error) });
  }
});
