import { expect, test } from '@playwright/test';
import { countChanges, createSecurityFixture, exists, removeSecurityFixture, type SecurityFixture } from '../security/fixture';
import { actionRedirect, anonymous, callAction, readActionManifest, signedIn, uniqueAddress } from '../security/http';
import { createTestUser, deleteUsers, deleteUsersByEmail, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { saveScreenshots } from './screenshot';

// Login, sessions, cookies, CSRF and rate limits over real HTTP (issue 7).

let fixture: SecurityFixture;
const extraUsers: TestUser[] = [];

test.beforeAll(async () => {
  fixture = await createSecurityFixture('auth');
});
test.afterAll(async () => {
  await deleteUsers(extraUsers.map((u) => u.id));
  await removeSecurityFixture(fixture);
});

function sessionCookieOf(setCookie: string | undefined): string {
  const match = /netwerkkaart\.session_token=[^;]+/.exec(setCookie ?? '');
  if (!match) throw new Error(`no session cookie in: ${setCookie}`);
  return match[0];
}

test('a coordinator signs in on the Dutch login page, sees only the own house, and signs out', async ({ page }) => {
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': uniqueAddress() });
  await page.goto('/huizen');
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fhuizen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await page.getByLabel('E-mailadres').fill(fixture.coordinatorA.email);
  await page.getByLabel('Wachtwoord').fill('niet-het-juiste-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dit e-mailadres' })).toHaveText('Dit e-mailadres en wachtwoord horen niet bij elkaar.');
  await page.getByLabel('Wachtwoord').fill(fixture.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/huizen$/);
  const houses = page.getByRole('list', { name: 'Huizen van het Kind' });
  await expect(houses.getByRole('link')).toHaveCount(1);
  await expect(houses.getByRole('link')).toContainText('Aadorp');
  await expect(page.getByRole('group', { name: 'Uw account' })).toContainText('Coördinator Aadorp');

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden\?afgemeld=1$/);
  await expect(page.getByRole('status')).toHaveText('U bent afgemeld.');
  await page.goto('/huizen');
  await expect(page).toHaveURL(/\/aanmelden/);
});

test('the login page is finished at 1280 and 390 px', async ({ page }) => {
  await page.goto('/aanmelden');
  await expect(page.getByLabel('E-mailadres')).toBeVisible();
  await saveScreenshots(page, 'aanmelden');
});

test('an anonymous visitor of the start page gets a login invitation, not the houses', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Meld u aan om uw huis te zien' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Huizen van het Kind' })).toHaveCount(0);
  await expect(page.getByText('Bedorp')).toHaveCount(0);
});

test('the session cookie is HttpOnly, SameSite=Lax, not Secure over plain http, and new at every sign-in', async ({ playwright, baseURL }) => {
  const context = await anonymous(playwright, baseURL!);
  const first = await context.post('/api/auth/sign-in/email', { data: { email: fixture.kindEnGezin.email, password: fixture.password } });
  expect(first.status()).toBe(200);
  const setCookie = first.headers()['set-cookie'];
  expect(setCookie).toMatch(/netwerkkaart\.session_token=/);
  const attributes = setCookie.split('\n').find((c) => c.startsWith('netwerkkaart.session_token='))!;
  expect(attributes).toMatch(/;\s*HttpOnly/i);
  expect(attributes).toMatch(/;\s*SameSite=Lax/i);
  expect(attributes).not.toMatch(/;\s*Secure/i);
  expect(attributes).toMatch(/;\s*Path=\//i);
  const second = await context.post('/api/auth/sign-in/email', { data: { email: fixture.kindEnGezin.email, password: fixture.password } });
  expect(sessionCookieOf(second.headers()['set-cookie'])).not.toBe(sessionCookieOf(setCookie));
  await context.dispose();
});

test('a session is refused once signed out, even when the old cookie is sent again', async ({ playwright, baseURL }) => {
  const context = await signedIn(playwright, baseURL!, fixture.coordinatorA.email, fixture.password);
  const cookie = (await context.storageState()).cookies.find((c) => c.name === 'netwerkkaart.session_token')!;
  expect((await context.get('/huizen', { maxRedirects: 0 })).status()).toBe(200);
  const signOut = await context.post('/api/auth/sign-out', { data: {} });
  expect(signOut.status()).toBe(200);

  const replay = await anonymous(playwright, baseURL!);
  const headers = { Cookie: `${cookie.name}=${cookie.value}` };
  const page = await replay.get('/huizen', { headers, maxRedirects: 0 });
  expect(page.status()).toBe(307);
  expect(page.headers()['location']).toMatch(/^\/aanmelden/);
  const session = await replay.get('/api/auth/get-session', { headers });
  expect(await session.json()).toBeNull();
  await Promise.all([context.dispose(), replay.dispose()]);
});

test('a cross-site POST is refused: sign-in from another origin, or without one, sets no cookie', async ({ playwright, baseURL }) => {
  for (const origin of ['https://aanvaller.example', null]) {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': uniqueAddress(), ...(origin ? { Origin: origin } : {}) } });
    const response = await context.post('/api/auth/sign-in/email', { data: { email: fixture.coordinatorA.email, password: fixture.password } });
    expect(response.status(), `origin ${origin}`).toBe(403);
    expect((await response.json()).message).toBe('Dit verzoek komt niet van Netwerkkaart zelf en werd geweigerd.');
    expect(response.headers()['set-cookie'] ?? '').not.toMatch(/session_token/);
    await context.dispose();
  }
});

test('a cross-site server action is refused and writes nothing, even with a valid session', async ({ playwright, baseURL }) => {
  const admin = await signedIn(playwright, baseURL!, fixture.beheerder.email, fixture.password);
  const action = readActionManifest().get('app/beheer/actions.ts#createUserAction')!;
  const call = (context: Parameters<typeof callAction>[0], email: string) =>
    callAction(context, {
      id: action.id,
      path: '/beheer',
      args: [],
      prev: { ok: false, message: null, fieldErrors: {} },
      fields: { name: 'Nieuwe collega', email, role: 'kind_en_gezin', password: 'een-heel-lang-wachtwoord' },
    });
  // From the site itself the call goes through (positive control) ...
  const sameSite = `zelfde-site-${Date.now()}@voorbeeld.be`;
  expect(await (await call(admin, sameSite)).text()).toContain(`Het account voor ${sameSite} werd aangemaakt.`);
  expect(await exists('User', 'email', sameSite)).toBe(true);
  // ... with the same cookie from another site it is refused.
  const crossSite = await playwright.request.newContext({ baseURL, storageState: await admin.storageState(), extraHTTPHeaders: { Origin: 'https://aanvaller.example' } });
  const otherSite = `andere-site-${Date.now()}@voorbeeld.be`;
  const before = await countChanges();
  const answer = await call(crossSite, otherSite);
  expect(answer.status() >= 400 || (await answer.text()).includes('Dit verzoek komt niet van Netwerkkaart zelf')).toBe(true);
  expect(await exists('User', 'email', otherSite)).toBe(false);
  expect(await countChanges()).toBe(before);
  await deleteUsersByEmail([sameSite]);
  await Promise.all([admin.dispose(), crossSite.dispose()]);
});

test('the 11th wrong password for one account within a minute gets 429 with a Dutch message', async ({ playwright, baseURL }) => {
  const victim = await createTestUser('coordinator', [fixture.houseA], 'Doelwit');
  extraUsers.push(victim);
  const statuses: number[] = [];
  // Each attempt from another address: this is the per-account limit.
  for (let attempt = 1; attempt <= 11; attempt++) {
    const context = await anonymous(playwright, baseURL!);
    const response = await context.post('/api/auth/sign-in/email', { data: { email: victim.email, password: `fout-${attempt}-wachtwoord` } });
    statuses.push(response.status());
    if (attempt === 11) {
      expect((await response.json()).message).toBe('Te veel mislukte aanmeldpogingen. Wacht een minuut en probeer dan opnieuw.');
      expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    }
    await context.dispose();
  }
  expect(statuses).toEqual([...Array(10).fill(401), 429]);
  // Locked for the minute: even the right password is refused now.
  const context = await anonymous(playwright, baseURL!);
  expect((await context.post('/api/auth/sign-in/email', { data: { email: victim.email, password: TEST_PASSWORD } })).status()).toBe(429);
  await context.dispose();
});

test('one address trying many accounts is stopped after 30 failures within a minute', async ({ playwright, baseURL }) => {
  const context = await anonymous(playwright, baseURL!);
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 31; attempt++) {
    const response = await context.post('/api/auth/sign-in/email', { data: { email: `niemand-${attempt}@voorbeeld.be`, password: 'fout-wachtwoord-123' } });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
  expect(statuses[30]).toBe(429);
  await context.dispose();
});

test('signing in successfully does not count against the limit', async ({ playwright, baseURL }) => {
  const context = await anonymous(playwright, baseURL!);
  for (let attempt = 1; attempt <= 12; attempt++) {
    const response = await context.post('/api/auth/sign-in/email', { data: { email: fixture.facilitatorA.email, password: fixture.password } });
    expect(response.status(), `sign-in ${attempt}`).toBe(200);
  }
  await context.dispose();
});

test('an anonymous server action call is sent to the login page', async ({ playwright, baseURL }) => {
  const context = await anonymous(playwright, baseURL!);
  const action = readActionManifest().get('app/beheer/actions.ts#createHouseAction')!;
  const response = await callAction(context, { id: action.id, path: '/beheer', args: [], prev: { ok: false, message: null, fieldErrors: {} }, fields: { id: 'anoniem-huis', name: 'Anoniem', municipalities: 'X', province: 'Limburg', urbanisation: 'buitengebied' } });
  expect(actionRedirect(response)).toMatch(/^\/aanmelden/);
  expect(await exists('House', 'id', 'anoniem-huis')).toBe(false);
  await context.dispose();
});

test('bad input to an admin form gets a Dutch message and writes nothing', async ({ page, baseURL, playwright }) => {
  const admin = await signedIn(playwright, baseURL!, fixture.beheerder.email, fixture.password);
  await page.context().addCookies((await admin.storageState()).cookies);
  await page.goto('/beheer');
  const before = await countChanges();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Nieuw account' }) });
  await form.getByLabel('Naam').fill('X');
  await form.getByLabel('E-mailadres').fill('geen-adres');
  await form.getByLabel('Eerste wachtwoord').fill('kort');
  await form.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(form.getByRole('alert')).toHaveText('Controleer de gemarkeerde velden. Er werd niets opgeslagen.');
  await expect(form.getByText('Dit is geen geldig e-mailadres.')).toBeVisible();
  await expect(form.getByText('Kies een wachtwoord van minstens 12 tekens.')).toBeVisible();
  expect(await countChanges()).toBe(before);
  await saveScreenshots(page, 'beheer');
  await admin.dispose();
});
