// A workshop day (issue 20): twenty workshops at once, two app processes behind nginx, one Neo4j.
// Starts what it needs (a local Neo4j unless NEO4J_URI is set, a production build, two app
// processes on it, Debian's nginx with deploy/nginx/netwerkkaart.conf and a certificate made
// here), runs bounded loads on this machine only, prints each figure next to its goal, and
// stops and removes everything it started and made.
//
//  1. One server: 20 workshops × (30 phones + a projector) = 620 streams on process A, proposals
//     and accepts flowing in all 20 at once, after an untimed warm-up round per organisation type.
//     Accepted change (its commit) → the last of its workshop's 31 clients, next to a bare SSE echo
//     to 31 streams (its sending, stamped by the server → last) timed on the same server at the
//     same moment; the change also from its write (stamped in the write transaction) and from the
//     bench's request (click; the echo's POST). Where an accept's time goes: the server's marks
//     (request, access check, transaction, lock, accept statement, commit, publish:
//     graph/timing-marks.ts, read from /api/bench/timings) and the clients' arrivals, with the
//     event loop delay of the server, of the client threads and of the bench's own thread (the
//     clients run in worker threads, bench/support/sse-pool.ts, so the bench's timing is not
//     queued behind 650 streams). Every client gets every change; the server's resident memory
//     per open stream.
//  2. Two processes: the same 620 streams through nginx (round robin over A and B, no sticky
//     sessions), every accept sent to process A: accepted change → last client, about half of
//     whom are on process B and get it through its poller of the event log.
//  3. Many writers: 50 writers on one house, each on an organisation of its own (5 saves each,
//     through the repository function the map and the workshop use).
//
// Usage: npx tsx bench/workshop-day.ts
//   NETWERKKAART_BENCH_PORTS=3203,3204,3205   app A, app B, nginx (https) (default: free ports)
//   NETWERKKAART_NEO4J_PORT=7703               the Neo4j it starts (default: a free port)
//   NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD)   use that Neo4j instead of starting one
//   NEXT_DIST_DIR=.next                         the production build to run (built when stale)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureAppBuilt } from '../scripts/app-build.mjs';
import { ensureServerBuilt, findFreePort, startNeo4j } from '../graph/server/local-neo4j.mjs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { now } from './support/sse-client';
import { SsePool, type Arrival } from './support/sse-pool';
import { runManyWriters } from './support/many-writers';
import { prepareNginx } from '../tests/support/nginx-site';
import { postJson } from './support/post-json';
import { cookieHeader, signInCookiePairs } from './support/sign-in';

const WORKSHOPS = 20;
const PHONES = 30;
const ROUNDS_ONE_SERVER = 6;
const ROUNDS_TWO_PROCESSES = 5;
const ECHO_STREAMS = PHONES + 1;
const TYPES = ['ocmw', 'caw', 'bibliotheek', 'politie', 'sportdienst', 'jeugddienst', 'cultuurdienst', 'huisartsen-kringen'];

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : NaN);
const ms = (n: number) => `${n.toFixed(0)} ms`;
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const lines: string[] = [];
const report = (line: string) => {
  lines.push(line);
  console.log(line);
};

const children: ChildProcess[] = [];
let tempDir = '';
let stopNeo4j: (() => Promise<void>) | null = null;

function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.replace(/\D+/g, '') ?? 0) * 1024;
}

async function waitForHealth(url: string, what: string, output: () => string): Promise<void> {
  for (let i = 0; i < 360; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await sleep(500);
  }
  throw new Error(`${what} did not answer on ${url}.\n${output().slice(-2000)}`);
}

function startApp(port: number, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  let text = '';
  const child = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c) => (text += c));
  child.stderr!.on('data', (c) => (text += c));
  children.push(child);
  return { child, output: () => text };
}

interface Workshop {
  code: string;
  houseId: string;
  tokens: string[];
  versions: Map<string, number>;
  accepted: string[];
}

/** Opens the 31 streams of every workshop (30 phones and the projector) at `base`, from the newest event on: one group per workshop. */
async function openStreams(pool: SsePool, workshops: Workshop[], base: string, facilitator: string, lastSeq: (code: string) => Promise<number>): Promise<void> {
  for (const w of workshops) {
    const after = await lastSeq(w.code);
    const url = `${base}/workshop/${w.code}/stream?na=${after}`;
    w.accepted = [];
    await pool.openGroup(w.code, 'workshop', [
      ...w.tokens.map((t) => ({ url, headers: { cookie: `netwerkkaart.deelnemer=${t}` } })),
      { url, headers: { cookie: facilitator } },
    ]);
  }
}

/** One accepted change as timed: from the bench's click and from the server's stamp to the last client, and where its time went on the server. */
interface Timed {
  proposalId: string;
  click: number;
  arrival: Arrival;
}

/**
 * Every workshop at once: a phone proposes, and once its workshop's clients all have the proposal
 * the facilitator accepts it at `acceptBase`; the time from the accept's write to the last of the
 * 31 clients is recorded. A short pause between rounds, as a facilitator talks in between.
 */
async function flow(
  pool: SsePool,
  workshops: Workshop[],
  rounds: number,
  proposeBase: string,
  acceptBase: string,
  facilitator: string,
): Promise<{ delivery: number[]; click: number[]; timed: Timed[] }> {
  const delivery: number[] = [];
  const click: number[] = [];
  const timed: Timed[] = [];
  await Promise.all(
    workshops.map(async (w, wi) => {
      await sleep(wi * 37);
      for (let round = 0; round < rounds; round++) {
        const type = TYPES[round % TYPES.length];
        const version = w.versions.get(type) ?? 1;
        const level = Math.floor(round / TYPES.length) % 2 === 0 ? (version % 2 === 1 ? 'gemiddeld' : 'minimaal') : 'kernpartner';
        const phone = `netwerkkaart.deelnemer=${w.tokens[(round * 7) % w.tokens.length]}`;
        const { proposal } = (await postJson(proposeBase, `/workshop/${w.code}/voorstellen`, { actorKey: `type:${type}`, version, now: level }, phone)) as {
          proposal: { id: string };
        };
        await pool.waitForAll(w.code, `proposal.created:${proposal.id}`);
        const t0 = now();
        await postJson(acceptBase, `/workshop/${w.code}/voorstellen/${proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
        const key = `proposal.accepted:${proposal.id}`;
        const arrival = await pool.waitForAll(w.code, key);
        w.versions.set(type, version + 1);
        w.accepted.push(key);
        delivery.push(arrival.last - arrival.sentAt!);
        click.push(arrival.last - t0);
        timed.push({ proposalId: proposal.id, click: t0, arrival });
        await sleep(150 + Math.random() * 250);
      }
    }),
  );
  return { delivery, click, timed };
}

async function everyClientGotEverything(pool: SsePool, workshops: Workshop[]): Promise<{ ok: boolean; doubled: number }> {
  let ok = true;
  let doubled = 0;
  for (const w of workshops) {
    const result = await pool.check(w.code, w.accepted);
    doubled += result.doubled;
    if (!result.ok) ok = false;
  }
  return { ok, doubled };
}

type Marks = Record<string, number>;
interface ServerTimings {
  requests: { id: string; marks: Marks }[];
  eventLoop: { p50: number; p95: number; p99: number; max: number; mean: number };
}

/** The server's readings since the last call (its timed accepts, its event loop delay). */
async function serverTimings(base: string): Promise<ServerTimings> {
  const res = await fetch(`${base}/api/bench/timings`);
  if (!res.ok) throw new Error(`timings: ${res.status}`);
  return (await res.json()) as ServerTimings;
}

/**
 * Where an accept's time went: each step between the server's marks (graph/timing-marks.ts), then
 * from its publish to the first and the last of the workshop's clients; p50 and p95 of each.
 */
function breakdown(timed: Timed[], server: ServerTimings): string[] {
  const byId = new Map(server.requests.map((r) => [r.id, r.marks]));
  const steps: [string, string, string][] = [
    ['bench click → request', 'click', 'request'],
    ['request → access checked (session, workshop, proposal: one read)', 'request', 'access'],
    ['access → write transaction started', 'access', 'writeStart'],
    ['transaction start → entry locked (first statement)', 'writeStart', 'locked'],
    ['locked → accept statement (the entry written)', 'locked', 'acceptStatement'],
    ['accept statement (proposal, event, audit)', 'acceptStatement', 'acceptStatementDone'],
    ['→ committed', 'acceptStatementDone', 'committed'],
    ['committed → session closed', 'committed', 'sessionClosed'],
    ['session closed → published to the streams', 'sessionClosed', 'published'],
    ['published → first client', 'published', 'first'],
    ['published → last client (the echo\'s "sent → last" counterpart)', 'published', 'last'],
    ['committed → last client', 'committed', 'last'],
  ];
  const lines: string[] = [];
  for (const [label, from, to] of steps) {
    const xs: number[] = [];
    for (const t of timed) {
      const marks = byId.get(t.proposalId);
      if (!marks) continue;
      const all: Marks = { ...marks, click: t.click, first: t.arrival.first, last: t.arrival.last };
      if (all[from] !== undefined && all[to] !== undefined) xs.push(all[to] - all[from]);
    }
    if (xs.length) lines.push(`     ${label.padEnd(68)} p50 ${ms(pct(xs, 50)).padStart(7)}  p95 ${ms(pct(xs, 95)).padStart(7)}  (${xs.length})`);
  }
  return lines;
}

/** From one of the server's marks of each accept (e.g. 'committed', 'published') to its last client. */
function fromMark(timed: Timed[], server: ServerTimings, mark: string): number[] {
  const byId = new Map(server.requests.map((r) => [r.id, r.marks]));
  return timed.flatMap((t) => {
    const at = byId.get(t.proposalId)?.[mark];
    return at === undefined ? [] : [t.arrival.last - at];
  });
}

const loopText = (l: { p50: number; p99: number; max: number }) => `p50 ${l.p50.toFixed(0)}, p99 ${l.p99.toFixed(0)}, max ${l.max.toFixed(0)} ms`;

async function main() {
  const [portA, portB, portNginx] =
    (process.env.NETWERKKAART_BENCH_PORTS ?? '').split(',').map(Number).filter(Boolean).length === 3
      ? process.env.NETWERKKAART_BENCH_PORTS!.split(',').map(Number)
      : [await findFreePort(), await findFreePort(), await findFreePort()];
  tempDir = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-workshop-day-'));
  report(`Workshop day bench, ${new Date().toISOString()}, ${os.cpus().length} cores; load (1/5/15 min) at the start: ${load()}`);

  // Neo4j: the one given, or one of our own.
  if (!process.env.NEO4J_URI) {
    ensureServerBuilt();
    const port = Number(process.env.NETWERKKAART_NEO4J_PORT) || (await findFreePort());
    const server = await startNeo4j({ home: path.join(tempDir, 'neo4j'), port, passwordFile: path.join(tempDir, 'neo4j-password'), quiet: true });
    stopNeo4j = server.stop;
    Object.assign(process.env, { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database });
    const setup = spawnSync('npx', ['tsx', 'scripts/setup-database.ts'], { stdio: 'inherit', env: { ...process.env, NETWERKKAART_DEMO: '0' } });
    if (setup.status !== 0) throw new Error('Preparing the database failed.');
  }
  // The graph modules read NEO4J_* when first used: imported only now.
  const { closeDriver } = await import('../graph/driver');
  const { addParticipant, createWorkshop } = await import('../graph/repositories/workshops');
  const { readLastSeq } = await import('../graph/repositories/workshop-events');
  const { writeTx } = await import('../graph/session');
  const { removeWorkshopsOf } = await import('../tests/security/fixture');
  const { createNetworkFixture, deleteNetworkFixtures } = await import('../tests/support/network-fixture');
  const { deleteHouses } = await import('../tests/support/graph-cleanup');
  const { createTestUser, deleteUsers } = await import('../tests/support/test-users');

  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  ensureAppBuilt({ distDir });

  // Two app processes as the README says to run them behind nginx: one shared secret, the proxy trusted.
  const httpPort = await findFreePort();
  const origin = `https://127.0.0.1:${portNginx}`;
  const appEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NETWERKKAART_BENCH: '1',
    BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
    NETWERKKAART_TRUSTED_PROXIES: '127.0.0.1',
    NETWERKKAART_TRUSTED_ORIGINS: origin,
  };
  const appA = startApp(portA, appEnv);
  const appB = startApp(portB, appEnv);
  const baseA = `http://127.0.0.1:${portA}`;
  const baseB = `http://127.0.0.1:${portB}`;
  await Promise.all([waitForHealth(`${baseA}/api/health`, 'app A', appA.output), waitForHealth(`${baseB}/api/health`, 'app B', appB.output)]);

  // nginx with the repository's site configuration and a certificate made now.
  const nginxArgs = prepareNginx({ dir: tempDir, appPorts: [portA, portB], httpsPort: portNginx, httpPort, connections: 4096 });
  let nginxOutput = '';
  const nginx = spawn('nginx', nginxArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr!.on('data', (c) => (nginxOutput += c));
  children.push(nginx);
  // The certificate is this run's own, made a moment ago: this client accepts it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  await waitForHealth(`${origin}/api/health`, 'nginx', () => nginxOutput);

  // 20 houses, one facilitator running all 20 workshops, 30 phones each.
  const houses = await Promise.all(
    Array.from({ length: WORKSHOPS }, () => createNetworkFixture({ answers: TYPES.map((type) => ({ type, level: 'minimaal' as const })), idPrefix: 'bench' })),
  );
  const user = await createTestUser(
    'coordinator',
    houses.map((h) => h.houseId),
    'Bench facilitator',
  );
  const workshops: Workshop[] = [];
  let manyWritersHouse: string | null = null;
  // The clients live in worker threads; this thread's own event loop delay is printed too.
  const pool = new SsePool();
  const benchLoop = monitorEventLoopDelay({ resolution: 10 });
  benchLoop.enable();
  try {
    await Promise.all(
      houses.map(async ({ houseId }) => {
        const code = Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
        const t = new Date();
        await createWorkshop({
          code,
          houseId,
          by: user.id,
          byName: 'Bench',
          opensAt: t,
          closesAt: new Date(t.getTime() + 3_600_000),
          beforeSnapshotId: 'geen',
        });
        const tokens: string[] = [];
        for (let i = 0; i < PHONES; i++) {
          const token = randomBytes(32).toString('base64url');
          await addParticipant(code, {
            id: `participant-bench-${i}-${code}`,
            name: `Telefoon ${i + 1}`,
            tokenHash: createHash('sha256').update(token).digest('hex'),
          });
          tokens.push(token);
        }
        workshops.push({ code, houseId, tokens, versions: new Map(), accepted: [] });
      }),
    );
    const facilitatorA = cookieHeader(await signInCookiePairs(baseA, user.email, user.password));
    const streams = WORKSHOPS * (PHONES + 1);

    // 1. One server.
    const pidA = appA.child.pid!;
    await sleep(2_000);
    const rssBefore = residentBytes(pidA);
    await openStreams(pool, workshops, baseA, facilitatorA, readLastSeq);
    await pool.openGroup(
      'echo',
      'echo',
      Array.from({ length: ECHO_STREAMS }, () => ({ url: `${baseA}/api/bench/sse-echo`, headers: {} })),
    );
    await sleep(3_000);
    const rssOpen = residentBytes(pidA);
    const perStream = (rssOpen - rssBefore) / (streams + ECHO_STREAMS);
    // Warm-up, not timed: one round per organisation type in every workshop, as a server that
    // has run workshops before. Neo4j plans each statement on its first use, and once more for
    // each new size class of its text parameters (a 4-letter type code and an 11-letter one get
    // plans of their own); meanwhile every other request running that statement waits for the
    // plan. On a fresh database that was most of Neo4j's CPU in the first minute of load (a Java
    // Flight Recording of this bench: the Cypher planner, and hundreds of 50-400 ms waits for it).
    await flow(pool, workshops, TYPES.length, baseA, baseA, facilitatorA);
    await sleep(1_000);
    const loadOne = load();
    let echoing = true;
    // The echo timed both ways the accept is: from the server's sending (its `sentAt`) and from the bench's POST.
    const echo: number[] = [];
    const echoPost: number[] = [];
    const echoLoop = (async () => {
      for (let n = 0; echoing; n++) {
        const e0 = now();
        await fetch(`${baseA}/api/bench/sse-echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n }) });
        const arrival = await pool.waitForAll('echo', `echo:${n}`);
        echo.push(arrival.last - arrival.sentAt!);
        echoPost.push(arrival.last - e0);
        await sleep(100 + Math.random() * 100);
      }
    })();
    await serverTimings(baseA);
    await pool.eventLoops();
    benchLoop.reset();
    const started = Date.now();
    const one = await flow(pool, workshops, ROUNDS_ONE_SERVER, baseA, baseA, facilitatorA);
    echoing = false;
    await echoLoop;
    const oneSeconds = (Date.now() - started) / 1000;
    const oneServer = await serverTimings(baseA);
    const oneClientLoops = await pool.eventLoops();
    const oneBenchLoop = { p50: benchLoop.percentile(50) / 1e6, p99: benchLoop.percentile(99) / 1e6, max: benchLoop.max / 1e6 };
    const oneAll = await everyClientGotEverything(pool, workshops);
    const loadOneEnd = load();
    for (const w of workshops) await pool.closeGroup(w.code);
    await pool.closeGroup('echo');

    // 2. Two processes behind nginx; accepted on A.
    await sleep(2_000);
    const facilitatorNginx = cookieHeader(await signInCookiePairs(origin, user.email, user.password));
    await openStreams(pool, workshops, origin, facilitatorNginx, readLastSeq);
    await sleep(2_000);
    const loadTwo = load();
    const two = await flow(pool, workshops, ROUNDS_TWO_PROCESSES, origin, baseA, facilitatorA);
    const twoAll = await everyClientGotEverything(pool, workshops);
    const loadTwoEnd = load();
    for (const w of workshops) await pool.closeGroup(w.code);

    // 3. Many writers on one house.
    await sleep(1_000);
    // A first, smaller round warms the database up (its first writes of a kind are slower), as the other benches do.
    const warmUp = await runManyWriters(10, 2);
    await deleteHouses([warmUp.houseId]);
    const loadThree = load();
    const writers = await runManyWriters(50, 5);
    manyWritersHouse = writers.houseId;
    const loadThreeEnd = load();

    const accepted = one.delivery.length;
    const d95 = pct(one.delivery, 95);
    const e95 = pct(echo, 95);
    const click95 = pct(one.click, 95);
    const ep95 = pct(echoPost, 95);
    const c95 = pct(two.delivery, 95);
    const w95 = pct(writers.latencies, 95);
    const ok = (b: boolean) => (b ? 'OK' : 'OVER');
    report('');
    report(
      `1. One server (process A): ${WORKSHOPS} workshops × ${PHONES + 1} streams = ${streams} workshop streams + ${ECHO_STREAMS} echo streams; ${accepted} accepted changes in ${oneSeconds.toFixed(0)} s, all workshops at once. Load ${loadOne} → ${loadOneEnd}`,
    );
    // A change is accepted when its transaction commits: from then on every client may see it.
    // That is the moment the goal times from, as the echo is timed from its sending; the
    // stricter starts (the write statement, the facilitator's click) are held to 200 ms too.
    const accepted95 = pct(fromMark(one.timed, oneServer, 'committed'), 95);
    const published95 = pct(fromMark(one.timed, oneServer, 'published'), 95);
    report(
      `   accepted change (committed) → last of its ${PHONES + 1} clients: p50 ${ms(pct(fromMark(one.timed, oneServer, 'committed'), 50))}, p95 ${ms(accepted95)}   goal p95 ≤ 200 ms: ${ok(accepted95 <= 200)}`,
    );
    report(`   bare SSE echo (sent → last of ${ECHO_STREAMS}), same server, same time: p50 ${ms(pct(echo, 50))}, p95 ${ms(e95)} (${echo.length} echoes)`);
    report(`   accepted change p95 / echo p95 = ${(accepted95 / e95).toFixed(2)}x   goal ≤ 2x: ${ok(accepted95 <= 2 * e95)}`);
    report(`   the same change from earlier starts, held to the same 200 ms:`);
    report(
      `     from its write (stamped in the transaction, before the accept statement and the commit): p50 ${ms(pct(one.delivery, 50))}, p95 ${ms(d95)}: ${ok(d95 <= 200)} (${(d95 / e95).toFixed(2)}x the echo)`,
    );
    report(
      `     from the facilitator's click (the bench's request: access check, write, commit): p50 ${ms(pct(one.click, 50))}, p95 ${ms(click95)}: ${ok(click95 <= 200)}; echo POST → last: p50 ${ms(pct(echoPost, 50))}, p95 ${ms(ep95)} (${(click95 / ep95).toFixed(2)}x)`,
    );
    report(`   where an accept's time goes (server marks, then the clients):`);
    for (const line of breakdown(one.timed, oneServer)) report(line);
    report(
      `   streaming alone, both from the server's sending: accepted change published (after its commit) → last client p95 ${ms(published95)}, echo sent → last p95 ${ms(e95)}: ${(published95 / e95).toFixed(2)}x`,
    );
    report(
      `   event loop delay: server A ${loopText(oneServer.eventLoop)}; client threads ${oneClientLoops.map(loopText).join(' | ')}; bench thread ${loopText(oneBenchLoop)}`,
    );
    report(`   every client got every change: ${oneAll.ok ? 'yes' : 'NO'}; doubled deliveries: ${oneAll.doubled}`);
    report(
      `   server memory per open stream: ${(perStream / 1024).toFixed(1)} KiB (resident ${(rssBefore / 2 ** 20).toFixed(0)} MiB → ${(rssOpen / 2 ** 20).toFixed(0)} MiB for ${streams + ECHO_STREAMS} streams)`,
    );
    report(
      `2. Two app processes behind nginx (https, round robin, no sticky sessions): ${streams} streams through nginx, each accept sent to process A. Load ${loadTwo} → ${loadTwoEnd}`,
    );
    report(
      `   accepted on A → last client (about half on B, through its poller): p50 ${ms(pct(two.delivery, 50))}, p95 ${ms(c95)} over ${two.delivery.length} changes   goal p95 ≤ 500 ms: ${ok(c95 <= 500)}`,
    );
    report(`   every client got every change: ${twoAll.ok ? 'yes' : 'NO'}; doubled deliveries: ${twoAll.doubled}`);
    report(
      `3. 50 writers on one house, each on an organisation of its own, 5 saves each: p50 ${ms(pct(writers.latencies, 50))}, p95 ${ms(w95)}, ${writers.errors.length} errors   goal p95 ≤ 500 ms: ${ok(w95 <= 500)}. Load ${loadThree} → ${loadThreeEnd}`,
    );
    report(`Machine: ${os.cpus().length} cores shared with other work; load at the end: ${load()}`);
  } finally {
    await pool.stop();
    await writeTx((tx) =>
      removeWorkshopsOf(
        tx,
        houses.map((h) => h.houseId),
      ),
    ).catch(() => {});
    await deleteNetworkFixtures(houses.map((h) => h.houseId)).catch(() => {});
    if (manyWritersHouse) await deleteHouses([manyWritersHouse]).catch(() => {});
    await deleteUsers([user.id]).catch(() => {});
    await closeDriver();
  }
}

async function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(10_000)]);
    }
  }
  if (stopNeo4j) await stopNeo4j();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
