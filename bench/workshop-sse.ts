// Live updates of a workshop, as issue 8 asks: 50 clients on one workshop stream each receive
// every accepted change. Reported, p50 and p95, next to a bare SSE echo on the same server (the
// same route-handler stream and in-process fan-out, no database):
//  - write → last client: from the accepted change's write (the event's time, stamped inside the
//    write transaction before its last statement and the commit, so this errs long) to the last
//    of the 50 clients receiving it. Goal: p95 < 200 ms and < 2x the echo's p95.
//  - click → last client: from the facilitator's accept request leaving the browser to the last
//    client; this adds the request's session check and the durable write itself, which the echo
//    does not do. Goal: p95 < 200 ms.
//
// Usage (NEO4J_* pointing at the app's database):
//   npx tsx bench/workshop-sse.ts http://127.0.0.1:3242   an app started with NETWERKKAART_BENCH=1
//   npx tsx bench/workshop-sse.ts                         starts the app (scripts/serve.mjs) itself (NEXT_DIST_DIR, default .next)
// Creates its own house, coordinator, workshop and 50 participants, and removes them afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { closeDriver } from '../graph/driver';
import { addParticipant, createWorkshop } from '../graph/repositories/workshops';
import { writeTx } from '../graph/session';
import { removeWorkshopsOf } from '../tests/security/fixture';
import { createNetworkFixture, deleteNetworkFixtures } from '../tests/support/network-fixture';
import { now, SseClient as Client } from './support/sse-client';
import { createTestUser, deleteUsers } from '../tests/support/test-users';
import { postJson } from './support/post-json';
import { cookieHeader, signInCookiePairs } from './support/sign-in';

const CLIENTS = 50;
const RUNS = 100;
const TYPES = ['ocmw', 'caw', 'bibliotheek', 'politie', 'sportdienst', 'jeugddienst', 'cultuurdienst', 'huisartsen-kringen'];

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startApp(): Promise<{ base: string; app: ChildProcess }> {
  const port = await freePort();
  const app = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NETWERKKAART_BENCH: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { base, app };
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the app did not start');
}

async function main() {
  const started = process.argv[2] ? null : await startApp();
  const base = process.argv[2] ?? started!.base;
  if ((await fetch(`${base}/api/bench/sse-echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status === 404) {
    throw new Error('The app runs without NETWERKKAART_BENCH=1: the echo route is off.');
  }
  const fixture = await createNetworkFixture({ answers: TYPES.map((type) => ({ type, level: 'minimaal' as const })) });
  const user = await createTestUser('coordinator', [fixture.houseId], 'Bench facilitator');
  const code = Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  const clients: Client[] = [];
  try {
    const t = new Date();
    await createWorkshop({
      code,
      houseId: fixture.houseId,
      by: user.id,
      byName: 'Bench',
      opensAt: t,
      closesAt: new Date(t.getTime() + 3_600_000),
      beforeSnapshotId: 'geen',
    });
    const tokens: string[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const token = randomBytes(32).toString('base64url');
      await addParticipant(code, {
        id: `participant-bench-${i}-${code}`,
        name: `Deelnemer ${i + 1}`,
        tokenHash: createHash('sha256').update(token).digest('hex'),
      });
      tokens.push(token);
    }
    const facilitator = cookieHeader(await signInCookiePairs(base, user.email, user.password));
    const proposer = `netwerkkaart.deelnemer=${tokens[0]}`;

    // 50 workshop streams (one per participant) and 50 echo streams, all open at once.
    const workshopKey = (e: Record<string, unknown>) =>
      e.type === 'proposal.accepted' || e.type === 'proposal.created' ? `${e.type}:${(e.payload as { proposal: { id: string } }).proposal.id}` : null;
    const echoKey = (e: Record<string, unknown>) => (typeof e.n === 'number' ? `echo:${e.n}` : null);
    const streams = tokens.map(
      (token) => new Client(`${base}/workshop/${code}/stream?na=${CLIENTS}`, { cookie: `netwerkkaart.deelnemer=${token}` }, workshopKey),
    );
    const echoes = Array.from({ length: CLIENTS }, () => new Client(`${base}/api/bench/sse-echo`, {}, echoKey));
    clients.push(...streams, ...echoes);
    await Promise.all(clients.map((c) => c.open()));

    const versions = new Map(TYPES.map((type) => [type, 1]));
    const workshop: number[] = [];
    const writes: number[] = [];
    const delivery: number[] = [];
    const echo: number[] = [];
    for (let run = -3; run < RUNS; run += 1) {
      // A participant proposes; once every client has it, the facilitator accepts (the write).
      const type = TYPES[(run + 3) % TYPES.length];
      const level = Math.floor((run + 3) / TYPES.length) % 2 === 0 ? 'gemiddeld' : 'minimaal';
      const { proposal } = (await postJson(
        base,
        `/workshop/${code}/voorstellen`,
        { actorKey: `type:${type}`, version: versions.get(type), now: level },
        proposer,
      )) as { proposal: { id: string } };
      await Promise.all(streams.map((c) => c.waitFor(`proposal.created:${proposal.id}`)));
      const t0 = now();
      await postJson(base, `/workshop/${code}/voorstellen/${proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
      const written = now();
      const last = Math.max(...(await Promise.all(streams.map((c) => c.waitFor(`proposal.accepted:${proposal.id}`)))));
      versions.set(type, (versions.get(type) ?? 1) + 1);
      const committed = streams[0].writtenAt.get(`proposal.accepted:${proposal.id}`)!;

      // The bare echo, interleaved so both see the same machine.
      const e0 = now();
      await fetch(`${base}/api/bench/sse-echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: run }) });
      const lastEcho = Math.max(...(await Promise.all(echoes.map((c) => c.waitFor(`echo:${run}`)))));
      if (run < 0) continue; // warm-up
      workshop.push(last - t0);
      writes.push(written - t0);
      delivery.push(last - committed);
      echo.push(lastEcho - e0);
    }

    const echo50 = pct(echo, 50);
    const echo95 = pct(echo, 95);
    const write95 = pct(delivery, 95);
    const click95 = pct(workshop, 95);
    console.log(`${CLIENTS} clients on one workshop stream, ${RUNS} accepted changes (after 3 warm-up runs), ${base}\n`);
    console.log(`bare SSE echo,  post  → last client: p50 ${ms(echo50)}, p95 ${ms(echo95)}`);
    console.log(
      `accepted change, write → last client: p50 ${ms(pct(delivery, 50))}, p95 ${ms(write95)}  = ${(pct(delivery, 50) / echo50).toFixed(2)}x / ${(write95 / echo95).toFixed(2)}x the echo`,
    );
    console.log(
      `accepted change, click → last client: p50 ${ms(pct(workshop, 50))}, p95 ${ms(click95)}  (the accept request alone: p50 ${ms(pct(writes, 50))}, p95 ${ms(pct(writes, 95))})`,
    );
    console.log(
      `goal write → last p95 < 200 ms: ${write95 < 200 ? 'OK' : 'OVER'}; < 2x echo p95: ${write95 < 2 * echo95 ? 'OK' : 'OVER'}; click → last p95 < 200 ms: ${click95 < 200 ? 'OK' : 'OVER'}`,
    );
    console.log(
      `every client received every change: ${streams.every((c) => [...c.received.keys()].filter((k) => k.startsWith('proposal.accepted')).length === RUNS + 3) ? 'yes' : 'NO'}`,
    );
  } finally {
    clients.forEach((c) => c.close());
    await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
    await deleteNetworkFixtures([fixture.houseId]);
    await deleteUsers([user.id]);
    await closeDriver();
    if (started?.app.pid) process.kill(-started.app.pid, 'SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
