import { expect, test, type Page } from '@playwright/test';
import { readHouseHistory } from '@/graph/repositories/history';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';
import { joinAs, nodeClasses, propose } from './workshop-support';

// Issue 14, bug 4: the "gewenst" level accepted in a workshop was lost afterwards.
let fixture: MapFixture;
let facilitator: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  fixture = await createMapFixture({
    answers: [{ type: 'bibliotheek', level: 'minimaal' }, { type: 'caw', level: 'nog_niet' }, { type: 'ocmw', level: 'gemiddeld' }, { type: 'politie', level: 'kernpartner' }],
  });
  facilitator = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

test('the gewenst a workshop accepts stays with the actor: on Groeikansen, on the map, in the export', async ({ browser }) => {
  await signIn(facilitator, fixture.user, '/workshops');
  await facilitator.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' }).click();
  await facilitator.waitForURL(/\/workshop\/[A-Z2-9]{6}\/begeleiden$/);
  const code = (await facilitator.getByTestId('join-code').getAttribute('data-code'))!;
  const an = await joinAs(browser, code, 'An');
  await propose(an, 'type:bibliotheek', null, 'kernpartner', 'Samen leesbevordering');
  const card = facilitator.getByTestId('proposal').filter({ hasText: 'Bibliotheek' });
  await card.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(card).toHaveCount(0);

  // Issue 14, bug 2 in a workshop: a new, weaker organisation would lower the house's own answer.
  const posted = await an.evaluate(async (path) => (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ newActorName: 'Politiezone Proefstede', newActorType: 'politie', now: 'gemiddeld' }) })).status, `/workshop/${code}/voorstellen`);
  expect(posted).toBe(201);
  const police = facilitator.getByTestId('proposal').filter({ hasText: 'Politiezone Proefstede' });
  await police.getByRole('button', { name: 'Aanvaarden' }).click();
  await expect(police.getByTestId('decision-message')).toContainText('Er werd niets opgeslagen: dit zou het antwoord voor Politie (van Kernpartner naar Gemiddeld) verlagen.');
  expect((await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === 'politie')!.answer).toMatchObject({ level: 'kernpartner', derived: false });
  await police.getByTestId('confirm-lowering').click();
  await expect(police).toHaveCount(0);
  expect((await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === 'politie')!.answer).toMatchObject({ level: 'gemiddeld', derived: true });
  await facilitator.getByRole('link', { name: 'Afsluiten …' }).click();
  await facilitator.getByLabel(/Ik sluit de workshop af/).check();
  await facilitator.getByRole('button', { name: 'Workshop afsluiten' }).click();
  await expect(facilitator.getByTestId('action-list').locator('[data-key="type:bibliotheek"]')).toContainText('gewenst kernpartner');
  await an.context().close();

  // Afterwards: stored with the answer.
  expect((await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === 'bibliotheek')!.answer).toMatchObject({ level: 'minimaal', desired: 'kernpartner' });

  // Groeikansen: the plan shows it, with the nog niet actor.
  await facilitator.goto(`/huizen/${fixture.houseId}/groeikansen`);
  const plan = facilitator.getByTestId('growth-plan');
  const bib = plan.locator('[data-entry="type:bibliotheek"]');
  await expect(bib.getByLabel('Gewenst voor Bibliotheek')).toHaveValue('kernpartner');
  await expect(bib).toContainText('hoger dan nu');
  await expect(plan.locator('[data-entry="type:caw"]')).toBeVisible();

  // The map marks it.
  await facilitator.goto(`/huizen/${fixture.houseId}`);
  await mapReady(facilitator);
  expect(await nodeClasses(facilitator, 'type:bibliotheek')).toContain('desired');
  expect(await nodeClasses(facilitator, 'type:ocmw')).not.toContain('desired');
  await expect(facilitator.getByTestId('map-legend')).toContainText('Gewenst: sterker betrekken (plan)');

  // The SVG export (and so the PNG) and the print view mark it as the screen does (issue 13).
  const svg = await (await facilitator.request.get(`/api/huizen/${fixture.houseId}/kaart.svg`)).text();
  expect(svg.match(/data-marker="desired"/g)).toHaveLength(1);
  expect(svg.match(/<g data-id="type:bibliotheek"[^]*?<\/g>/)![0]).toContain('data-marker="desired"');
  await facilitator.goto(`/huizen/${fixture.houseId}/afdrukken?formaat=A4`);
  await expect(facilitator.locator('[data-marker="desired"]')).toHaveCount(1);
  await expect(facilitator.locator('g[data-id="type:bibliotheek"] [data-marker="desired"]')).toHaveCount(1);
  await saveScreenshots(facilitator, 'desired-print');

  // The CSV export carries it, in its own column.
  const csv = (await (await facilitator.request.get(`/api/huizen/${fixture.houseId}/kaart.csv`)).text()).replace(/^\uFEFF/, '').split('\r\n');
  const header = csv[0].split(';');
  const row = csv.find((l) => l.startsWith('Bibliotheek;'))!.split(';');
  expect(row[header.indexOf('Gewenst')]).toBe('Kernpartner');
});

test('Groeikansen edits the plan in place: gewenst, trekker, next step and date, version-checked and in the history', async ({ browser }) => {
  await facilitator.goto(`/huizen/${fixture.houseId}/groeikansen`);
  const row = facilitator.getByTestId('growth-plan').locator('[data-entry="type:caw"]');
  await row.getByLabel('Gewenst voor CAW').selectOption('gemiddeld');
  await row.getByLabel('Trekker voor CAW').fill('Sofie');
  await row.getByLabel('Volgende stap voor CAW').fill('Kennismaking met het onthaal');
  await row.getByLabel('Streefdatum voor CAW').fill('2027-02-01');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(facilitator.getByTestId('plan-message-type:caw')).toHaveText('Opgeslagen.');
  expect((await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === 'caw')!.answer).toMatchObject({ level: 'nog_niet', desired: 'gemiddeld', owner: 'Sofie', nextStep: 'Kennismaking met het onthaal', due: '2027-02-01' });
  const history = await readHouseHistory(fixture.houseId, { target: `house:${fixture.houseId}/type:caw` });
  expect(history[0].to).toMatchObject({ desired: 'gemiddeld', owner: 'Sofie', due: '2027-02-01' });

  // Another actor of the map goes on the plan with its gewenst.
  const add = facilitator.getByTestId('plan-add');
  await add.getByLabel('Actor aan het plan toevoegen').selectOption({ label: 'OCMW (gemiddeld)' });
  await add.getByLabel('Gewenst').selectOption('kernpartner');
  await add.getByRole('button', { name: 'Aan het plan toevoegen' }).click();
  await expect(facilitator.getByTestId('growth-plan').locator('[data-entry="type:ocmw"]')).toBeVisible();
  // The saved row still shows what is stored (no reset to the values it was first drawn with).
  await expect(row.getByLabel('Gewenst voor CAW')).toHaveValue('gemiddeld');
  await expect(row.getByLabel('Trekker voor CAW')).toHaveValue('Sofie');
  await saveScreenshots(facilitator, 'groeikansen-plan');

  // A second browser saves first: this one is refused with the current value, nothing overwritten.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, fixture.user, `/huizen/${fixture.houseId}/groeikansen`);
  const otherRow = other.getByTestId('growth-plan').locator('[data-entry="type:caw"]');
  await otherRow.getByLabel('Trekker voor CAW').fill('Jan');
  await otherRow.getByRole('button', { name: 'Opslaan' }).click();
  await expect(other.getByTestId('plan-message-type:caw')).toHaveText('Opgeslagen.');
  await row.getByLabel('Trekker voor CAW').fill('Mia');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(facilitator.getByTestId('plan-message-type:caw')).toHaveAttribute('data-status', 'stale');
  expect((await readHouseNetwork(fixture.houseId))!.types.find((t) => t.code === 'caw')!.answer!.owner).toBe('Jan');
  await other.context().close();
});

test('the one-house export with gewenst reads back into another house', async () => {
  const exported = await facilitator.request.get(`/api/huizen/${fixture.houseId}/kaart.csv`);
  const target = await createMapFixture();
  const page = await (await facilitator.context().browser()!.newContext()).newPage();
  await signIn(page, target.user, `/huizen/${target.houseId}/importeren`);
  const panel = page.getByTestId('import-panel');
  await panel.locator('input[type=file]').setInputFiles({ name: 'kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(await exported.body()) });
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel.getByTestId('import-summary')).toContainText('0 fouten');
  await panel.getByRole('button', { name: /^Importeren/ }).click();
  await expect(panel).toHaveAttribute('data-step', 'done');
  const types = (await readHouseNetwork(target.houseId))!.types;
  expect(types.find((t) => t.code === 'bibliotheek')!.answer).toMatchObject({ level: 'minimaal', desired: 'kernpartner' });
  expect(types.find((t) => t.code === 'caw')!.answer).toMatchObject({ desired: 'gemiddeld', owner: 'Jan' });
  await page.context().close();
});
