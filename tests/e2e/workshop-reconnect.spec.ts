import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { addParticipant, createWorkshop } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { takeSseBlocks } from '../support/sse-blocks';
import { createMapFixture, removeMapFixtures, type MapFixture } from './house-map-support';

// A phone that loses its connection: over real HTTP against the running app, a stream is cut,
// changes are accepted meanwhile, and the reconnect (with Last-Event-ID, as EventSource sends it)
// gets exactly the missed events, in order, none twice.
let fixture: MapFixture;
let code: string;
let token: string;

interface StreamEvent {
  id: number;
  type: string;
  payload: { proposal?: { id: string } };
}

/** Reads a workshop stream until `until` says stop, then cuts the connection. */
async function readStream(url: string, headers: Record<string, string>, until: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + 15_000;
  while (!until(events)) {
    if (Date.now() > deadline) throw new Error(`stream: timed out after ${events.length} events`);
    const { value, done } = await reader.read();
    if (done) break;
    const taken = takeSseBlocks(buffer + decoder.decode(value, { stream: true }));
    buffer = taken.rest;
    for (const { id, data } of taken.blocks) if (id && data) events.push({ id: Number(id), ...(JSON.parse(data) as Omit<StreamEvent, 'id'>) });
  }
  controller.abort();
  return events;
}

async function post(baseURL: string, path: string, body: unknown, cookie: string): Promise<Record<string, unknown>> {
  const response = await fetch(baseURL + path, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseURL, cookie }, body: JSON.stringify(body) });
  const data = (await response.json()) as Record<string, unknown>;
  expect(response.ok, JSON.stringify(data)).toBe(true);
  return data;
}

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }, { type: 'caw', level: 'minimaal' }, { type: 'politie', level: 'minimaal' }] });
  code = Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  const now = Date.now();
  await createWorkshop({ code, houseId: fixture.houseId, by: fixture.user.id, byName: 'Test', opensAt: new Date(now), closesAt: new Date(now + 3_600_000), beforeSnapshotId: 'geen' });
  token = randomBytes(32).toString('base64url');
  await addParticipant(code, { id: `participant-${randomBytes(5).toString('hex')}`, name: 'Telefoon', tokenHash: createHash('sha256').update(token).digest('hex') });
});

test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('a cut stream resumes after the last event id: every missed change arrives once, in order', async ({ baseURL }) => {
  const participant = `netwerkkaart.deelnemer=${token}`;
  const signIn = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseURL! },
    body: JSON.stringify({ email: fixture.user.email, password: fixture.user.password }),
  });
  expect(signIn.status).toBe(200);
  const facilitator = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const streamUrl = `${baseURL}/workshop/${code}/stream`;

  // Connected: the first proposal arrives live; then the connection drops.
  const first = (await post(baseURL!, `/workshop/${code}/voorstellen`, { actorKey: 'type:ocmw', version: 1, now: 'gemiddeld' }, participant)) as { proposal: { id: string } };
  const before = await readStream(streamUrl, { cookie: participant }, (events) => events.some((e) => e.payload.proposal?.id === first.proposal.id));
  const lastSeen = before.at(-1)!.id;

  // While it is away: two proposals, both accepted by the facilitator.
  const missed: string[] = [];
  for (const type of ['caw', 'politie']) {
    const { proposal } = (await post(baseURL!, `/workshop/${code}/voorstellen`, { actorKey: `type:${type}`, version: 1, now: 'kernpartner' }, participant)) as { proposal: { id: string } };
    await post(baseURL!, `/workshop/${code}/voorstellen/${proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
    missed.push(proposal.id);
  }

  // The reconnect names the last event it saw, as EventSource does.
  const after = await readStream(streamUrl, { cookie: participant, 'Last-Event-ID': String(lastSeen) }, (events) =>
    missed.every((id) => events.some((e) => e.type === 'proposal.accepted' && e.payload.proposal?.id === id)),
  );
  const ids = after.map((e) => e.id);
  expect(ids[0]).toBe(lastSeen + 1);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));
  expect(new Set(ids).size).toBe(ids.length);
  expect(after.map((e) => e.type)).toEqual(['proposal.created', 'proposal.accepted', 'proposal.created', 'proposal.accepted']);
  expect(after.filter((e) => e.type === 'proposal.accepted').map((e) => e.payload.proposal!.id)).toEqual(missed);
});
