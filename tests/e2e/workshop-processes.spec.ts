import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { findFreePort } from '../../graph/server/local-neo4j.mjs';
import { removeWorkshopsOf } from '../security/fixture';
import { removeMapFixtures, type MapFixture } from './house-map-support';
import { createStreamWorkshop, postJson, readStream, signInFacilitator } from './workshop-stream-support';

// Issue 20: two app processes on one Neo4j, no sticky sessions. A phone whose stream runs on one
// process sees a change accepted on the other (each process's one poller reads what is new in the
// event log), and a stream that moves to the other process resumes after its Last-Event-ID with
// nothing lost or doubled. The second process is started here, as the first (scripts/serve.mjs).
let fixture: MapFixture;
let code: string;
let token: string;
let second: ChildProcess | null = null;
let secondURL: string;
let secondOutput = '';

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const port = await findFreePort();
  secondURL = `http://127.0.0.1:${port}`;
  second = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test', NETWERKKAART_TRUSTED_PROXIES: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  second.stdout!.on('data', (c) => { secondOutput += c; });
  second.stderr!.on('data', (c) => { secondOutput += c; });
  ({ fixture, code, token } = await createStreamWorkshop());
  for (let i = 0; ; i++) {
    if (await fetch(`${secondURL}/api/health`).then((r) => r.ok, () => false)) break;
    if (i > 240) throw new Error(`the second app process did not start:\n${secondOutput.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (second && second.exitCode === null) {
    second.kill('SIGTERM');
    await new Promise((resolve) => second!.once('exit', resolve));
  }
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('a change accepted on one process reaches a stream on the other, and a stream that moves over resumes exactly', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const first = baseURL!;
  const participant = `netwerkkaart.deelnemer=${token}`;
  const facilitator = await signInFacilitator(first, fixture);

  // The phone's stream runs on the second process; the proposal and its acceptance go to the first.
  const proposed = (await postJson(first, `/workshop/${code}/voorstellen`, { actorKey: 'type:ocmw', version: 1, now: 'gemiddeld' }, participant)) as { proposal: { id: string } };
  let acceptedAt = 0;
  const onSecond = readStream(`${secondURL}/workshop/${code}/stream`, { cookie: participant }, (events) =>
    events.some((e) => e.type === 'proposal.accepted' && e.payload.proposal?.id === proposed.proposal.id),
  );
  await new Promise((r) => setTimeout(r, 500)); // the stream is open and has read the log
  await postJson(first, `/workshop/${code}/voorstellen/${proposed.proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
  acceptedAt = Date.now();
  const before = await onSecond;
  const crossed = Date.now() - acceptedAt;
  console.log(`accepted on one process, seen on the other after ${crossed} ms`);
  // The goal (p95 ≤ 500 ms) is measured by bench/workshop-day.ts; here only that it comes, and
  // well before the old 3 s poll would have brought it on a quiet machine.
  expect(crossed).toBeLessThan(5_000);
  // From the start of the log (the phone's joining), each event once and in order.
  expect(before.map((e) => e.type)).toEqual(['participant.joined', 'proposal.created', 'proposal.accepted']);
  expect(before.map((e) => e.id)).toEqual([1, 2, 3]);
  const lastSeen = before.at(-1)!.id;

  // While the phone is away: two more changes, proposed on the second process, accepted on the first.
  const missed: string[] = [];
  for (const type of ['caw', 'politie']) {
    const { proposal } = (await postJson(secondURL, `/workshop/${code}/voorstellen`, { actorKey: `type:${type}`, version: 1, now: 'kernpartner' }, participant)) as { proposal: { id: string } };
    await postJson(first, `/workshop/${code}/voorstellen/${proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
    missed.push(proposal.id);
  }

  // It comes back on the first process, naming the last event it saw, as EventSource does.
  const after = await readStream(`${first}/workshop/${code}/stream`, { cookie: participant, 'Last-Event-ID': String(lastSeen) }, (events) =>
    missed.every((id) => events.some((e) => e.type === 'proposal.accepted' && e.payload.proposal?.id === id)),
  );
  const ids = after.map((e) => e.id);
  expect(ids).toEqual([lastSeen + 1, lastSeen + 2, lastSeen + 3, lastSeen + 4]);
  expect(after.map((e) => e.type)).toEqual(['proposal.created', 'proposal.accepted', 'proposal.created', 'proposal.accepted']);
  expect(after.filter((e) => e.type === 'proposal.accepted').map((e) => e.payload.proposal!.id)).toEqual(missed);

  // And moves back to the second process: only what came after, once.
  const { proposal: last } = (await postJson(first, `/workshop/${code}/voorstellen`, { actorKey: 'type:ocmw', version: 2, now: 'kernpartner' }, participant)) as { proposal: { id: string } };
  const back = await readStream(`${secondURL}/workshop/${code}/stream`, { cookie: participant, 'Last-Event-ID': String(ids.at(-1)) }, (events) =>
    events.some((e) => e.payload.proposal?.id === last.id),
  );
  expect(back.map((e) => [e.id, e.type])).toEqual([[lastSeen + 5, 'proposal.created']]);
});
