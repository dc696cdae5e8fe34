import { expect, test } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { removeMapFixtures, type MapFixture } from './house-map-support';
import { createStreamWorkshop, postJson, readStream, signInFacilitator } from './workshop-stream-support';

// A phone that loses its connection: over real HTTP against the running app, a stream is cut,
// changes are accepted meanwhile, and the reconnect (with Last-Event-ID, as EventSource sends it)
// gets exactly the missed events, in order, none twice.
let fixture: MapFixture;
let code: string;
let token: string;

test.beforeAll(async () => {
  ({ fixture, code, token } = await createStreamWorkshop());
});

test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('a cut stream resumes after the last event id: every missed change arrives once, in order', async ({ baseURL }) => {
  const participant = `netwerkkaart.deelnemer=${token}`;
  const facilitator = await signInFacilitator(baseURL!, fixture);
  const streamUrl = `${baseURL}/workshop/${code}/stream`;

  // Connected: the first proposal arrives live; then the connection drops.
  const first = (await postJson(baseURL!, `/workshop/${code}/voorstellen`, { actorKey: 'type:ocmw', version: 1, now: 'gemiddeld' }, participant)) as { proposal: { id: string } };
  const before = await readStream(streamUrl, { cookie: participant }, (events) => events.some((e) => e.payload.proposal?.id === first.proposal.id));
  const lastSeen = before.at(-1)!.id;

  // While it is away: two proposals, both accepted by the facilitator.
  const missed: string[] = [];
  for (const type of ['caw', 'politie']) {
    const { proposal } = (await postJson(baseURL!, `/workshop/${code}/voorstellen`, { actorKey: `type:${type}`, version: 1, now: 'kernpartner' }, participant)) as { proposal: { id: string } };
    await postJson(baseURL!, `/workshop/${code}/voorstellen/${proposal.id}`, { besluit: 'aanvaarden' }, facilitator);
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
