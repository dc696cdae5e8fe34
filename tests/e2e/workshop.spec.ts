import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readTx, writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { largestMove, screenPositions, waitForLayout } from '../support/map-legibility';
import { choiceLevel, joinAs, nodeClasses, propose } from './workshop-support';

// The scenario across several browser contexts: a facilitator (here the house's
// coordinator) on the projector, two participants on phones, one live stream each.
let fixture: MapFixture;
let code: string;
let projector: Page;
let an: Page;
let bert: Page;
const shots = path.resolve('test-results', 'screenshots');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  fixture = await createMapFixture({
    answers: [{ type: 'bibliotheek', level: 'minimaal' }, { type: 'ocmw', level: 'minimaal' }, { type: 'caw', level: 'nog_niet' }],
  });
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  projector = await context.newPage();
});

test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('the facilitator opens a workshop: snapshot before, join code and QR on the projector', async () => {
  await signIn(projector, fixture.user, '/workshops');
  await projector.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' }).click();
  await projector.waitForURL(/\/workshop\/[A-Z2-9]{6}\/begeleiden$/);
  code = (await projector.getByTestId('join-code').getAttribute('data-code'))!;
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  await expect(projector.getByTestId('join-qr')).toBeVisible();
  await expect(projector.getByTestId('join-url')).toContainText(`/w/${code}`);
  await expect(projector.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  mkdirSync(shots, { recursive: true });
  await projector.screenshot({ path: path.join(shots, 'workshop-scherm-start-1920.png') });
  const labels = await readTx(async (tx) => (await tx.run('MATCH (s:Snapshot)-[:OF]->(:House {id: $id}) RETURN collect(s.label) AS labels', { id: fixture.houseId })).records[0].get('labels'));
  expect(labels).toContain(`Vóór de workshop ${code}`);
});

test('two participants join with the code; one proposes, the projector shows it, the facilitator accepts, the other sees it', async ({ browser }) => {
  an = await joinAs(browser, code, 'An');
  bert = await joinAs(browser, code, 'Bert');
  await expect(projector.getByTestId('participant-count')).toHaveText('2 deelnemers');
  await expect(choiceLevel(bert, 'type:bibliotheek')).toHaveText('Minimaal');

  await propose(an, 'type:bibliotheek', 'gemiddeld', 'kernpartner', 'Leesbevordering samen');
  const card = projector.getByTestId('proposal').filter({ hasText: 'Bibliotheek' });
  await expect(card).toContainText('nu gemiddeld, gewenst kernpartner');
  await expect(card).toContainText('An');
  await expect(card).toHaveAttribute('data-conflict', 'nee');
  // The first proposal takes the join panel away: the map shows.
  await expect(projector.getByTestId('join-panel')).toHaveCount(0);
  await projector.screenshot({ path: path.join(shots, 'workshop-scherm-voorstel-1920.png') });

  const before = await screenPositions(projector);
  await card.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(projector.getByTestId('recent-changes')).toContainText('Bibliotheek');
  await expect(projector.getByTestId('recent-changes')).toContainText('voorgesteld door An');
  await expect.poll(() => nodeClasses(projector, 'type:bibliotheek')).toContain('level-gemiddeld');
  // The room keeps its place: no other node moves more than 24 px (issue 13).
  await waitForLayout(projector);
  const moved = largestMove(before, await screenPositions(projector), ['type:bibliotheek']);
  expect(moved.px, `${moved.id} moved`).toBeLessThanOrEqual(24);
  // The other participant's phone follows, and An sees her proposal accepted.
  await expect(choiceLevel(bert, 'type:bibliotheek')).toHaveText('Gemiddeld');
  await expect(an.getByTestId('my-proposals').locator('li').first()).toHaveAttribute('data-status', 'accepted');
  await an.screenshot({ path: path.join(shots, 'workshop-deelnemer-390.png'), fullPage: true });

  // Written as the facilitator, through the version-checked write, in the audit trail.
  const actions = await readTx(async (tx) => (await tx.run("MATCH (c:Change {houseId: $id}) WHERE c.target ENDS WITH 'type:bibliotheek' RETURN collect(c.action) AS a", { id: fixture.houseId })).records[0].get('a'));
  expect(actions).toEqual(expect.arrayContaining(['answer.update', 'workshop.accept']));
});

test('two people on one actor: the second proposal is shown as conflicting and never silently applied', async () => {
  await bert.reload();
  await propose(an, 'type:ocmw', 'kernpartner', null);
  await propose(bert, 'type:ocmw', 'niet', null);
  const anCard = projector.getByTestId('proposal').filter({ hasText: 'OCMW' }).filter({ hasText: /#\d+ · An/ });
  const bertCard = projector.getByTestId('proposal').filter({ hasText: 'OCMW' }).filter({ hasText: /#\d+ · Bert/ });
  await expect(bertCard).toHaveAttribute('data-conflict', 'nee');
  await anCard.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(choiceLevel(bert, 'type:ocmw')).toHaveText('Kernpartner');
  // Bert's proposal was based on the old OCMW: flagged, and only an explicit choice remains.
  await expect(bertCard).toHaveAttribute('data-conflict', 'ja');
  await expect(bertCard.getByTestId('conflict-note')).toContainText('nu kernpartner');
  await expect(bertCard.getByRole('button', { name: 'Aanvaarden' })).toHaveCount(0);
  // Even sent straight to the server, a plain accept of the stale proposal is refused.
  const id = await bertCard.getAttribute('data-proposal');
  const refused = await projector.request.post(`/workshop/${code}/voorstellen/${id}`, { data: { besluit: 'aanvaarden' }, headers: { Origin: new URL(projector.url()).origin } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).message).toContain('Iemand anders heeft dit intussen gewijzigd');
  await projector.screenshot({ path: path.join(shots, 'workshop-scherm-conflict-1920.png') });
  await bertCard.getByRole('button', { name: 'Opzij leggen' }).click();
  await expect(projector.getByTestId('pending-count')).toHaveText('(0)');
  await expect(choiceLevel(an, 'type:ocmw')).toHaveText('Kernpartner');
  await expect(bert.getByTestId('my-proposals').locator('li').first()).toHaveAttribute('data-status', 'set_aside');
});

test('closing takes the snapshot after, ends the participants’ access, and gives the action list, CSV and PDF', async () => {
  await projector.getByRole('link', { name: 'Afsluiten …' }).click();
  await projector.getByLabel(/Ik sluit de workshop af/).check();
  await projector.getByRole('button', { name: 'Workshop afsluiten' }).click();
  const list = projector.getByTestId('action-list');
  // Bibliotheek: gewenst kernpartner above nu gemiddeld; CAW: nog niet.
  await expect(list.locator('[data-key="type:bibliotheek"]')).toContainText('gewenst kernpartner');
  await expect(list.locator('[data-key="type:caw"]')).toContainText('gepland');
  await expect(list.locator('[data-key="type:ocmw"]')).toHaveCount(0);
  await expect(projector.getByTestId('snapshot-diff')).toContainText('Bibliotheek');

  const row = list.locator('[data-key="type:bibliotheek"]');
  await row.getByLabel('Trekker').fill('Sofie');
  await row.getByLabel('Volgende stap').fill('Afspraak met de bibliothecaris');
  await row.getByLabel('Streefdatum').fill('2027-03-15');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row.getByTestId('action-item-message')).toHaveText('Opgeslagen in het uitbreidingsplan.');
  await projector.setViewportSize({ width: 1280, height: 900 });
  await projector.screenshot({ path: path.join(shots, 'workshop-actielijst-1280.png'), fullPage: true });

  await an.reload();
  await expect(an.getByTestId('workshop-ended')).toContainText('Deze workshop is afgesloten');
  const labels = await readTx(async (tx) => (await tx.run('MATCH (s:Snapshot)-[:OF]->(:House {id: $id}) RETURN collect(s.label) AS labels', { id: fixture.houseId })).records[0].get('labels'));
  expect(labels).toContain(`Na de workshop ${code}`);

  const csv = await projector.request.get(`/workshop/${code}/actielijst.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain('Bibliotheek;Bibliotheek;');
  expect(text).toContain('Gemiddeld;Kernpartner;Gewenst hoger dan nu;Sofie;Afspraak met de bibliothecaris;15-03-2027');
  expect(text).toContain('CAW');

  const pdf = await projector.request.get(`/workshop/${code}/verslag.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const dir = path.resolve('test-results', 'workshop-verslag');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'verslag.pdf');
  writeFileSync(file, await pdf.body());
  // Bert's proposal was set aside: it is on the parkeerlijst, not lost.
  const pdfText = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(pdfText.status, pdfText.stderr).toBe(0);
  const flat = pdfText.stdout.replace(/\s+/g, ' ');
  expect(flat).toMatch(/Parkeerlijst \([1-9]\d*\)/);
  expect(flat).toMatch(/voorgesteld door Bert, opzij gelegd door/);
  // Rendered to PNG for review (poppler's pdftoppm): one image per A4 page.
  const render = spawnSync('pdftoppm', ['-r', '80', '-png', file, path.join(dir, 'pagina')], { encoding: 'utf8' });
  expect(render.status, render.stderr).toBe(0);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
  expect(pages.length).toBeGreaterThanOrEqual(4);
  for (const page of pages) {
    const png = path.join(dir, page);
    expect(statSync(png).size, page).toBeGreaterThan(10_000);
    const { width, height } = pngSize(png);
    // A4 landscape at 80 dpi: 935 × 661 px.
    expect(Math.abs(width - 935), `${page} width ${width}`).toBeLessThanOrEqual(2);
    expect(Math.abs(height - 661), `${page} height ${height}`).toBeLessThanOrEqual(2);
  }
});

function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(16, 24);
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4) };
}
