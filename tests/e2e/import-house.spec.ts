import { expect, test } from '@playwright/test';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { anonymous, signedIn } from '../security/http';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] });
});
test.afterAll(removeMapFixtures);

const BAD = 'Actor;Soort actor;Betrokkenheid\nCAW Limburg;CAW;kern\nBib Noord;Bibliotheekk;min\n';
const GOOD = 'Actor;Soort actor;Betrokkenheid;Notitie\nCAW Limburg;CAW;kern;Stuurgroep\nOCMW;ocmw;gem;\nTienerwerking;Andere: Tienerwerking;min;\n';

function file(name: string, text: string) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

test('a coordinator sees every problem per row, fixes the file and imports it in one go', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/vragenlijst`);
  await page.getByRole('link', { name: 'Lijst importeren' }).click();
  await expect(page.getByRole('heading', { name: 'Partnerlijst importeren' })).toBeVisible();
  const panel = page.getByTestId('import-panel');

  await panel.locator('input[type=file]').setInputFiles(file('partners.csv', BAD));
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel).toHaveAttribute('data-step', 'checked');
  await expect(panel.getByTestId('import-summary')).toContainText('1 fout');
  await expect(panel.getByRole('table')).toContainText('‘Bibliotheekk’ is geen actortype uit de vragenlijst. Bedoelde u ‘Bibliotheek’');
  await expect(panel.getByRole('button', { name: /^Importeren/ })).toHaveCount(0);
  await saveScreenshots(page, 'import-huis-fouten');

  await panel.locator('input[type=file]').setInputFiles(file('partners.csv', GOOD));
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel.getByTestId('import-summary')).toContainText('0 fouten');
  await panel.getByRole('button', { name: 'Importeren (3 wijzigingen)' }).click();
  await expect(panel).toHaveAttribute('data-step', 'done');
  await expect(panel.getByRole('status')).toContainText('Geïmporteerd: 2 nieuw, 1 gewijzigd, 0 ongewijzigd');
  await saveScreenshots(page, 'import-huis-klaar');

  const network = (await readHouseNetwork(fixture.houseId))!;
  expect(network.actors.map((a) => [a.name, a.level, a.note])).toEqual([['CAW Limburg', 'kernpartner', 'Stuurgroep']]);
  expect(network.types.find((t) => t.name === 'Tienerwerking')?.answer?.level).toBe('minimaal');

  await page.getByRole('link', { name: 'Naar de kaart' }).click();
  await page.getByRole('link', { name: 'Geschiedenis' }).click();
  await expect(page.getByTestId('history')).toContainText('Lijst geïmporteerd: partners.csv');
  await expect(page.getByTestId('history')).toContainText('2 nieuw, 1 gewijzigd, 0 ongewijzigd, 0 overgeslagen (partners.csv, 3 rijen)');
});

test('a list saved as plain CSV by Excel on Belgian Windows is read, and the preview says it was read as Windows-1252', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/importeren`);
  const panel = page.getByTestId('import-panel');
  const text = 'Actor;Soort actor;Betrokkenheid\r\nOudercomité “De Linde”;Oudercomité;gem\r\n';
  // Windows-1252: é is 0xE9, the curly quotes are 0x93 and 0x94.
  const bytes = Buffer.from([...text].map((ch) => ({ '“': 0x93, '”': 0x94 })[ch] ?? ch.charCodeAt(0)));
  await panel.locator('input[type=file]').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: bytes });
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel.getByTestId('import-summary')).toContainText('0 fouten');
  await expect(panel.getByTestId('import-encoding')).toHaveText(', gelezen als Windows-1252');
  const onlyProblems = panel.getByLabel('Alleen rijen met een fout of opmerking');
  if (await onlyProblems.isChecked()) await onlyProblems.uncheck();
  await expect(panel.getByRole('table')).toContainText('Oudercomité “De Linde”');
  await saveScreenshots(page, 'import-huis-windows-1252');
});

test('the import streams its progress, and refuses other roles before reading the file', async ({ playwright, baseURL }) => {
  const coordinator = await signedIn(playwright, baseURL!, fixture.user.email, fixture.user.password);
  const rows = Array.from({ length: 3000 }, (_, i) => `Organisatie ${i};CAW;${['kern', 'gem', 'min'][i % 3]}`).join('\n');
  const response = await coordinator.post(`/api/huizen/${fixture.houseId}/import?stap=voorbeeld`, { multipart: { bestand: file('groot.csv', `Actor;Soort actor;Betrokkenheid\n${rows}\n`) } });
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/x-ndjson');
  const events = (await response.text()).trim().split('\n').map((line) => JSON.parse(line));
  expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThan(0);
  const done = events.at(-1);
  expect(done).toMatchObject({ type: 'done', result: { written: false, counts: { create: 3000 } } });
  expect(done.result.preview.rows.length).toBeLessThanOrEqual(300);
  expect(done.result.preview.omittedRows).toBe(2700);

  const stranger = await anonymous(playwright, baseURL!);
  expect((await stranger.post(`/api/huizen/${fixture.houseId}/import?stap=importeren`, { multipart: { bestand: file('x.csv', GOOD) } })).status()).toBe(401);
  const crossSite = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: 'https://elders.example' } });
  expect((await crossSite.post(`/api/huizen/${fixture.houseId}/import?stap=importeren`, { multipart: { bestand: file('x.csv', GOOD) } })).status()).toBe(403);
  await Promise.all([coordinator.dispose(), stranger.dispose(), crossSite.dispose()]);
});
