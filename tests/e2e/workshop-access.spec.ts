import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { addParticipant, closeWorkshop, createWorkshop } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { createMapFixture, removeMapFixtures, type MapFixture } from './house-map-support';

// Codes that do not work, and what a participant's token does not open.
let fixture: MapFixture;
let other: MapFixture;
const codes: Record<'open' | 'closed' | 'expired' | 'other', string> = {} as never;
let token: string;

function code(): string {
  return Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
}

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] });
  other = await createMapFixture({ answers: [{ type: 'caw', level: 'kernpartner' }] });
  const now = Date.now();
  for (const [kind, house, opens, closes] of [
    ['open', fixture.houseId, now, now + 3_600_000],
    ['closed', fixture.houseId, now - 7_200_000, now + 3_600_000],
    ['expired', fixture.houseId, now - 50 * 3_600_000, now - 38 * 3_600_000],
    ['other', other.houseId, now, now + 3_600_000],
  ] as const) {
    codes[kind] = code();
    await createWorkshop({ code: codes[kind], houseId: house, by: 'test', byName: 'Test', opensAt: new Date(opens), closesAt: new Date(closes), beforeSnapshotId: 'geen' });
  }
  await closeWorkshop(codes.closed, { by: 'test', afterSnapshotId: 'geen' });
  token = randomBytes(32).toString('base64url');
  await addParticipant(codes.open, { id: `participant-${randomBytes(5).toString('hex')}`, name: 'Test', tokenHash: createHash('sha256').update(token).digest('hex') });
});

test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId, other.houseId]));
  await removeMapFixtures();
});

async function tryJoin(page: import('@playwright/test').Page, value: string) {
  await page.goto('/workshop');
  await page.getByLabel('Code van de workshop').fill(value);
  await page.getByLabel('Uw naam').fill('Piet');
  await page.getByRole('button', { name: 'Doe mee' }).click();
  return page.getByTestId('join-message');
}

test('a wrong, a malformed, a closed and an expired code are refused with a clear Dutch message', async ({ page }) => {
  await expect(await tryJoin(page, 'ZZZZZZ')).toHaveText('Deze code kennen we niet. Controleer de code op het scherm en probeer opnieuw.');
  await expect(await tryJoin(page, 'AB0O1I')).toHaveText('Controleer de gemarkeerde velden.');
  await expect(page.getByText('Een code heeft 6 tekens: letters en cijfers, zonder 0, O, 1 of I.')).toBeVisible();
  await expect(await tryJoin(page, codes.closed)).toHaveText('Deze workshop is afgesloten. U kunt niet meer deelnemen of voorstellen doen.');
  await expect(await tryJoin(page, codes.expired)).toHaveText('Deze workshop is verlopen. Vraag de begeleider om een nieuwe code.');
  // The QR address fills the code in.
  await page.goto(`/w/${codes.open.toLowerCase()}`);
  await expect(page.getByLabel('Code van de workshop')).toHaveValue(codes.open);
});

test('a participant reaches only the own workshop: no house, no other workshop, no projector', async ({ playwright, baseURL }) => {
  const as = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL!, Cookie: `netwerkkaart.deelnemer=${token}` } });
  const own = await as.get(`/workshop/${codes.open}`);
  expect(await own.text()).toContain(`Huis van het Kind ${fixture.houseId}`);
  // Not the house itself, not even the workshop's own house: participants are not users.
  for (const path of [`/huizen/${fixture.houseId}`, `/huizen/${other.houseId}`, `/workshop/${codes.open}/scherm`, `/workshop/${codes.open}/afsluiten`, '/huizen']) {
    const response = await as.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    expect(response.headers()['location'], path).toMatch(/^\/aanmelden/);
  }
  for (const path of [`/api/huizen/${fixture.houseId}/kaart.csv`, `/api/huizen/${other.houseId}/kaart.svg`, `/workshop/${codes.open}/verslag.pdf`]) {
    expect((await as.get(path)).status(), path).toBe(401);
  }
  // The token sent to another workshop opens nothing there.
  const elsewhere = await as.get(`/workshop/${codes.other}`);
  expect(await elsewhere.text()).not.toContain(`Huis van het Kind ${other.houseId}`);
  expect((await as.post(`/workshop/${codes.other}/voorstellen`, { data: { actorKey: 'type:caw', version: 1, now: 'niet' } })).status()).toBe(403);
  const controller = new AbortController();
  const stream = await fetch(new URL(`/workshop/${codes.other}/stream`, baseURL), { headers: { Cookie: `netwerkkaart.deelnemer=${token}` }, signal: controller.signal });
  expect(stream.status).toBe(403);
  controller.abort();
  await as.dispose();
});

test('the bench routes (echo, timings) do not exist outside a bench run', async ({ request }) => {
  expect((await request.get('/api/bench/sse-echo')).status()).toBe(404);
  expect((await request.get('/api/bench/timings')).status()).toBe(404);
});
