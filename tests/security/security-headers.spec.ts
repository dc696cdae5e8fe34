import { expect, test, type APIRequestContext, type APIResponse, type Browser, type Page } from '@playwright/test';
import { anonymous, participant, signedIn } from './http';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';
import { reachForMap } from '../support/reach-for-map';

// Issue 15, item 7: no security headers at all. Now every kind of answer carries them (page, API,
// SSE stream, CSV/XLSX/SVG/PDF downloads, uploads, redirects, the 404 page, static files), and
// every page works in Chromium under its Content-Security-Policy without one violation: the map
// (Cytoscape on a canvas), the workshop (a live SSE stream, the QR code), the print view, the
// overview, the beheer pages.
let fixture: SecurityFixture;
let baseURL: string;
const contexts: Record<string, APIRequestContext> = {};

test.beforeAll(async ({ playwright }, info) => {
  baseURL = info.project.use.baseURL!;
  fixture = await createSecurityFixture('headers');
  contexts.anonymous = await anonymous(playwright, baseURL);
  contexts.coordinator = await signedIn(playwright, baseURL, fixture.coordinatorA.email, fixture.password);
  contexts.beheerder = await signedIn(playwright, baseURL, fixture.beheerder.email, fixture.password);
  contexts.participant = await participant(playwright, baseURL, fixture.participantTokens[fixture.houseA]);
});
test.afterAll(async () => {
  await Promise.all(Object.values(contexts).map((c) => c.dispose()));
  await removeSecurityFixture(fixture);
});

function nonceOf(csp: string): string {
  return /'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${what}: Content-Security-Policy`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp, what).toContain("worker-src 'self'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  // Plain http here: no HSTS (nginx.spec.ts checks it behind https).
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

async function get(who: string, path: string): Promise<APIResponse> {
  return contexts[who].get(path, { maxRedirects: 0 });
}

test('every kind of route answers with the security headers', async () => {
  const house = fixture.houseA;
  const code = fixture.workshops[house];
  const answers: [string, APIResponse, number, RegExp][] = [
    ['start page', await get('anonymous', '/'), 200, /text\/html/],
    ['house map page', await get('coordinator', `/huizen/${house}`), 200, /text\/html/],
    ['404 page', await get('anonymous', '/bestaat-niet'), 404, /text\/html/],
    ['login redirect', await get('anonymous', `/huizen/${house}`), 307, /.*/],
    ['QR short address', await get('anonymous', `/w/${code}`), 307, /.*/],
    ['JSON API', await get('anonymous', '/api/health'), 200, /application\/json/],
    ['figures API', await get('anonymous', '/api/cijfers/tabel-26'), 200, /application\/json/],
    ['CSV download', await get('coordinator', `/api/huizen/${house}/kaart.csv`), 200, /text\/csv/],
    ['XLSX download', await get('coordinator', `/api/huizen/${house}/kaart.xlsx`), 200, /spreadsheetml/],
    ['SVG download', await get('coordinator', `/api/huizen/${house}/kaart.svg`), 200, /image\/svg\+xml/],
    ['PDF download', await get('coordinator', `/workshop/${code}/verslag.pdf`), 200, /application\/pdf/],
    ['action list CSV', await get('coordinator', `/workshop/${code}/actielijst.csv`), 200, /text\/csv/],
    ['backup download', await get('beheerder', '/api/beheer/backup'), 200, /application\/json/],
    ['upload route (outside the proxy)', await contexts.coordinator.post(`/api/huizen/${house}/import?stap=voorbeeld`, { multipart: { niets: 'x' } }), 400, /application\/json/],
    ['restore route (outside the proxy)', await contexts.coordinator.post('/api/beheer/backup', { multipart: { niets: 'x' } }), 403, /application\/json/],
  ];
  for (const [what, response, status, type] of answers) {
    expect(response.status(), what).toBe(status);
    expect(response.headers()['content-type'] ?? '', what).toMatch(type);
    expectSecurityHeaders(response.headers(), what);
  }

  // The live stream (SSE): headers arrive before the first event.
  const controller = new AbortController();
  const stream = await fetch(new URL(`/workshop/${code}/stream`, baseURL), { headers: { Cookie: `netwerkkaart.deelnemer=${fixture.participantTokens[house]}` }, signal: controller.signal });
  const streamHeaders = Object.fromEntries(stream.headers.entries());
  controller.abort();
  expect(stream.status).toBe(200);
  expect(streamHeaders['content-type']).toMatch(/text\/event-stream/);
  expectSecurityHeaders(streamHeaders, 'SSE stream');

  // Next's static files: at least nosniff.
  const html = await (await get('anonymous', '/')).text();
  const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
  expect(asset, 'a script of the page').toBeTruthy();
  expect((await get('anonymous', asset!)).headers()['x-content-type-options']).toBe('nosniff');
});

test('each page gets a fresh nonce, and its scripts carry it', async () => {
  const first = await get('anonymous', '/catalogus');
  const second = await get('anonymous', '/catalogus');
  const nonce = nonceOf(first.headers()['content-security-policy']);
  expect(nonce).not.toBe(nonceOf(second.headers()['content-security-policy']));
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);
});

/** A page that records every Content-Security-Policy violation and console error. */
async function watched(browser: Browser, setup?: (page: Page) => Promise<void>): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 200) + 1}` } });
  const page = await context.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`console: ${message.text().slice(0, 300)}`);
  });
  if (setup) await setup(page);
  return { page, problems };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

async function signInPage(page: Page, email: string, password: string) {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
}

test('the pages work in Chromium without a single CSP violation', async ({ browser }) => {
  test.setTimeout(300_000);
  const house = fixture.houseA;
  const code = fixture.workshops[house];
  const visits: { who: 'anonymous' | 'coordinator' | 'kindEnGezin' | 'beheerder'; path: string; ready: (page: Page) => Promise<void> }[] = [
    { who: 'anonymous', path: '/', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'anonymous', path: '/catalogus', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'anonymous', path: '/cijfers', ready: (p) => expect(p.locator('#tabel-26')).toBeVisible() },
    { who: 'anonymous', path: '/workshop', ready: (p) => expect(p.getByLabel('Code van de workshop')).toBeVisible() },
    // The server's first picture, then Cytoscape on it when the pointer reaches the map.
    { who: 'coordinator', path: `/huizen/${house}`, ready: async (p) => { await reachForMap(p); await expect(p.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true'); await expect(p.getByTestId('house-map')).toHaveAttribute('data-arranged-in', 'server'); } },
    // Another layout by its button has no server picture: it is laid out in the Web Worker (the force layout runs Cytoscape's fcose there), which the policy lets run (not on the page after a refusal).
    { who: 'coordinator', path: `/huizen/${house}`, ready: async (p) => { await reachForMap(p); await expect(p.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true'); await p.getByTestId('map-toolbar').getByText('Krachtgericht', { exact: true }).click(); await expect(p.getByTestId('house-map')).toHaveAttribute('data-layout', 'kracht'); await expect(p.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true'); await expect(p.getByTestId('house-map')).toHaveAttribute('data-arranged-in', 'worker'); } },
    // The force layout's own first picture, drawn on the server (fcose run headless there).
    { who: 'coordinator', path: `/huizen/${house}?weergave=kracht`, ready: async (p) => { await reachForMap(p); await expect(p.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true'); await expect(p.getByTestId('house-map')).toHaveAttribute('data-arranged-in', 'server'); } },
    { who: 'coordinator', path: `/huizen/${house}/vragenlijst`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'coordinator', path: `/huizen/${house}/afdrukken`, ready: (p) => expect(p.getByTestId('print-view')).toBeVisible() },
    { who: 'coordinator', path: `/huizen/${house}/groeikansen`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'coordinator', path: `/huizen/${house}/momentopnames`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'coordinator', path: `/huizen/${house}/importeren`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'coordinator', path: `/workshop/${code}/scherm`, ready: async (p) => { await expect(p.getByTestId('stream-status')).toHaveAttribute('data-status', 'live'); await expect(p.getByTestId('join-qr')).toBeVisible(); await expect(p.getByTestId('house-map')).toHaveAttribute('data-arranged-in', 'worker'); } },
    { who: 'coordinator', path: `/workshop/${code}/afsluiten`, ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'kindEnGezin', path: '/overzicht', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'kindEnGezin', path: '/overzicht/regio', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'beheerder', path: '/beheer', ready: (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible() },
    { who: 'beheerder', path: '/beheer/backup', ready: (p) => expect(p.getByTestId('restore-panel')).toBeVisible() },
  ];
  const users = { coordinator: fixture.coordinatorA, kindEnGezin: fixture.kindEnGezin, beheerder: fixture.beheerder };
  const pages: Record<string, { page: Page; problems: string[] }> = {};
  const found: string[] = [];
  for (const visit of visits) {
    pages[visit.who] ??= await watched(browser, visit.who === 'anonymous' ? undefined : (p) => signInPage(p, users[visit.who as keyof typeof users].email, fixture.password));
    const { page, problems } = pages[visit.who];
    await page.goto(visit.path);
    await visit.ready(page);
    // Client navigation too: hydrated React takes the next click.
    found.push(...(await violations(page)).map((v) => `${visit.path}: ${v}`), ...problems.splice(0).map((p) => `${visit.path}: ${p}`));
  }
  // A participant's phone: the live stream and the proposal list.
  const phone = await watched(browser, async (p) => {
    await p.context().addCookies([{ name: 'netwerkkaart.deelnemer', value: fixture.participantTokens[house], url: `${baseURL}/workshop/${code}` }]);
  });
  await phone.page.goto(`/workshop/${code}`);
  await expect(phone.page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  found.push(...(await violations(phone.page)), ...phone.problems);
  // The map's exports draw in the browser (PNG from the canvas, SVG as a blob).
  const map = pages.coordinator.page;
  await map.goto(`/huizen/${house}`);
  await reachForMap(map);
  await expect(map.getByTestId('house-map')).toHaveAttribute('data-layout-ready', 'true');
  const png = await map.evaluate(() => (window as unknown as { netwerkkaartMap: { cy: import('cytoscape').Core } }).netwerkkaartMap.cy.png({ full: true }).length);
  expect(png).toBeGreaterThan(1000);
  found.push(...(await violations(map)), ...pages.coordinator.problems);
  expect(found).toEqual([]);
  for (const { page } of [...Object.values(pages), phone]) await page.context().close();
});
