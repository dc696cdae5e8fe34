import { createHash, randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { addCustomType } from '@/graph/repositories/custom-types';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { saveTypeAnswer } from '@/graph/repositories/involvement';
import { createPasswordLink } from '@/graph/repositories/password-links';
import { takeSnapshot } from '@/graph/repositories/snapshots';
import { createProposal } from '@/graph/repositories/workshop-proposals';
import { addParticipant, createWorkshop } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { ROUTES, type Access, type PageEntry } from '../security/route-table';
import { removeWorkshopsOf } from '../security/fixture';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { createMapFixture, removeMapFixtures, type MapFixture } from './house-map-support';
import { reachForMap } from '../support/reach-for-map';

// Every page of tests/security/route-table.ts, opened by the role it is made for, checked with
// axe-core against WCAG 2.1 A and AA at laptop (1280 px) and phone (390 px) width. The house
// has a real network, a history, a snapshot and an open workshop with a proposal, so the pages
// show their tables, maps and forms rather than empty states.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [1280, 390] as const;

type Visitor = 'anonymous' | 'coordinator' | 'newCoordinator' | 'kindEnGezin' | 'beheerder' | 'participant';

const VISITOR: Record<Access['kind'], Visitor> = {
  public: 'anonymous',
  special: 'anonymous',
  'signed-in': 'coordinator',
  'house-read': 'coordinator',
  'house-edit': 'coordinator',
  'workshop-run': 'coordinator',
  participant: 'participant',
  'participant-or-run': 'participant',
  agency: 'kindEnGezin',
  admin: 'beheerder',
};

let fixture: MapFixture;
let empty: MapFixture;
let workshop: string;
let participantToken: string;
let passwordToken: string;
const users: Record<'kindEnGezin' | 'beheerder', TestUser> = {} as never;
// A failed test restarts the worker (fresh fixture and contexts); the other pages still run.
const contexts = new Map<Visitor, BrowserContext>();


test.beforeAll(async () => {
  test.setTimeout(180_000);
  fixture = await createMapFixture({
    answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'bibliotheek', level: 'nog_niet' }, { type: 'politie', level: 'niet' }, { type: 'vdab', level: 'niet_aanwezig' }],
    forums: [{ name: 'Scholenoverleg' }],
    actors: [
      { name: 'CAW Oost-Vlaanderen', type: 'caw', level: 'kernpartner', note: 'Stuurgroep' },
      { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
      { name: 'Consultatiebureau Kerkstraat', type: 'consultatiebureauwerking', level: 'gemiddeld' },
    ],
  });
  // A new house without any answer, with a coordinator of its own.
  empty = await createMapFixture();
  users.kindEnGezin = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Toegankelijkheid');
  users.beheerder = await createTestUser('beheerder', [], 'Beheerder Toegankelijkheid');
  // A history with links (an own type, an answer changed) and a snapshot.
  const ctx = { houseId: fixture.houseId, by: fixture.user.id, byName: 'Sofie Coördinator' };
  await writeTx((tx) => addCustomType(tx, { ...ctx, name: 'Tienerwerking De Brug', cluster: 'opvang-vrije-tijd', level: 'minimaal' }));
  await writeTx((tx) => saveTypeAnswer(tx, { ...ctx, typeCode: 'bibliotheek', expectedVersion: 1, change: { level: 'minimaal', owner: 'Sofie', due: '2027-03-15' } }));
  await takeSnapshot(ctx, 'Voor de stuurgroep', (await readHouseNetwork(fixture.houseId))!);
  // An open workshop with one participant and one proposal.
  workshop = Array.from(randomBytes(6), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('');
  const now = new Date();
  await createWorkshop({ code: workshop, houseId: fixture.houseId, by: fixture.user.id, byName: 'Sofie', opensAt: now, closesAt: new Date(now.getTime() + 3_600_000), beforeSnapshotId: 'geen' });
  participantToken = randomBytes(32).toString('base64url');
  const participantId = `participant-${randomBytes(6).toString('hex')}`;
  await addParticipant(workshop, { id: participantId, name: 'An', tokenHash: createHash('sha256').update(participantToken).digest('hex') });
  await createProposal(
    workshop,
    { actorKey: 'type:politie', actorName: 'Politie', typeName: 'Politie', now: 'minimaal', desired: 'gemiddeld', note: 'Wijkagent komt al', newActorName: null, newActorType: null, basedOnVersion: 1 },
    { id: participantId, name: 'An' },
  );
  passwordToken = (await createPasswordLink(users.kindEnGezin.id, users.beheerder.id))!;
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await deleteUsers(Object.values(users).map((u) => u.id));
  await removeMapFixtures();
});

/** A browser context per visitor, signed in once through the login page. */
async function contextOf(browser: Browser, baseURL: string, visitor: Visitor): Promise<BrowserContext> {
  const known = contexts.get(visitor);
  if (known) return known;
  const context = await browser.newContext();
  if (visitor === 'participant') await context.addCookies([{ name: 'netwerkkaart.deelnemer', value: participantToken, url: baseURL }]);
  const user = visitor === 'coordinator' ? fixture.user : visitor === 'newCoordinator' ? empty.user : visitor === 'kindEnGezin' ? users.kindEnGezin : visitor === 'beheerder' ? users.beheerder : null;
  if (user) {
    const response = await context.request.post('/api/auth/sign-in/email', { data: { email: user.email, password: user.password }, headers: { Origin: baseURL } });
    expect(response.status(), `sign-in of ${visitor}`).toBe(200);
  }
  contexts.set(visitor, context);
  return context;
}

/** The page's path with the fixture's house and workshop; special pages get their one-time link. */
function pathOf(entry: Pick<PageEntry, 'path'>): string {
  if (entry.path === '/wachtwoord') return `/wachtwoord?token=${passwordToken}`;
  return entry.path.replace('{house}', fixture.houseId).replace('{workshop}', workshop);
}

/** Waits until the page has hydrated and drawn what it draws after hydration (maps, tables). */
async function settle(page: Page): Promise<void> {
  // Pages with a live stream never go network-idle; the wait is bounded.
  await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => {});
  if ((await page.getByTestId('house-map').count()) > 0) await reachForMap(page);
  for (const map of await page.locator('[data-testid="house-map"], [data-testid="regional-map"]').all()) {
    await expect(map).toHaveAttribute('data-layout-ready', 'true');
  }
}

/** Every WCAG 2.1 A/AA violation axe finds, one line each, with up to three elements. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … +${v.nodes.length - 3}` : ''}`);
}

const PAGES: { path: string; access: Access; label?: string; visitor?: Visitor; status?: number }[] = [
  ...ROUTES.filter((r): r is PageEntry => r.type === 'page'),
  // States of pages that the route table reaches in another way.
  { path: '/', access: { kind: 'signed-in' }, label: '/ (signed in)' },
  { path: '/bestaat-niet', access: { kind: 'public', reason: 'the not-found page' } },
  { path: '/huizen/{empty}', access: { kind: 'house-read' }, label: '/huizen/{house} (a new, empty house)', visitor: 'newCoordinator' },
  { path: '/overzicht/vergelijken?huis={house}&groep=huis&met={empty}', access: { kind: 'agency' }, label: '/overzicht/vergelijken (house A beside house B)' },
];

for (const entry of PAGES) {
  const visitor = entry.visitor ?? VISITOR[entry.access.kind];
  test(`${entry.label ?? entry.path} (${visitor}) has no WCAG 2.1 AA violations at ${WIDTHS.join(' and ')} px`, async ({ browser, baseURL }) => {
    // Two widths and two axe runs over long pages (/beheer lists every account) on a busy machine.
    test.setTimeout(180_000);
    const context = await contextOf(browser, baseURL!, visitor);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.request().isNavigationRequest()) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const path = pathOf({ path: entry.path.replace('{empty}', empty.houseId) });
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      const response = await page.goto(path);
      if (entry.path !== '/bestaat-niet') expect(response?.status(), `${path} for ${visitor}`).toBe(entry.status ?? 200);
      await settle(page);
      found.push(...(await violations(page)).map((v) => `${width} px: ${v}`));
    }
    await page.close();
    expect(found, `axe violations on ${path}`).toEqual([]);
    // Nothing the page asks for is missing (the icon included).
    expect(failed, `failed requests of ${path}`).toEqual([]);
  });
}
