import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createMapFixture, mapReady, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'consultatiebureauwerking', level: 'kernpartner' },
      { type: 'ocmw', level: 'gemiddeld' },
      { type: 'politie', level: 'niet_aanwezig' },
      { type: 'bibliotheek', level: 'nog_niet' },
    ],
    actors: [
      { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
      { name: '=HYPERLINK("http://x")', type: 'jeugddienst', level: 'minimaal' },
    ],
    forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
  });
});
test.afterAll(removeMapFixtures);

test('the map exports: SVG with its legend, CSV with the rows, PNG at print resolution, and a print view', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await mapReady(page);
  const exportsBar = page.getByTestId('map-exports');

  const [svgDownload] = await Promise.all([page.waitForEvent('download'), exportsBar.getByRole('link', { name: 'SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(new RegExp(`^netwerkkaart-${fixture.houseId}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
  const svg = readFileSync(await svgDownload.path(), 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('id="legend"');
  for (const label of ['LEGENDE', 'Kernpartner', 'Nog niet (gepland)', 'Verplichte partner ontbreekt', 'Niet aanwezig in werkgebied']) expect(svg).toContain(label);
  expect(svg).toContain(`Netwerkkaart Huis van het Kind ${fixture.houseId}`);
  expect(svg).toContain('Basisschool De Linde');
  expect(svg).toContain('Stand op ');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), exportsBar.getByRole('link', { name: 'CSV (tabel)' }).click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Actor;Soort actor;Domeincluster;Betrokkenheid;Verplicht aan te sluiten;Ontbreekt;Via overleg;Notitie;Gewenst;Trekker;Volgende stap;Streefdatum;Laatst gewijzigd;Door');
  expect(lines).toContainEqual(expect.stringMatching(/^Basisschool De Linde;School\/ scholen;Onderwijs;Indirect;nee;nee;Scholenoverleg;/));
  expect(lines).toContainEqual(expect.stringMatching(/^Consultatiebureauwerking;Consultatiebureauwerking;Gezondheid;Kernpartner;ja;nee;/));
  expect(lines).toContainEqual(expect.stringMatching(/^Inloopteam;Inloopteam \(plaatshouder\);.*;Geen antwoord;ja;ja;/));
  // A name that a spreadsheet would run as a formula stays text.
  expect(lines).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/x""\)";/));

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), exportsBar.getByRole('button', { name: 'PNG' }).click()]);
  const png = readFileSync(await pngDownload.path());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(2500);

  await exportsBar.getByRole('link', { name: 'A3' }).click();
  const print = page.getByTestId('print-view');
  await expect(print).toHaveAttribute('data-format', 'A3');
  await expect(print.locator('svg #legend')).toBeAttached();
  await expect(print.getByRole('heading', { name: 'Groeikansen' })).toBeVisible();
  await expect(print.getByTestId('growth-plan')).toContainText('Bibliotheek');
  await expect(print.getByTestId('entry-table')).toContainText('Basisschool De Linde');
  await page.emulateMedia({ media: 'print' });
  // The sheet prints on the named page of its paper size (app/globals.css: @page print-a3, A3 landscape).
  expect(await print.evaluate((el) => getComputedStyle(el).getPropertyValue('page'))).toBe('print-a3');
  await expect(page.locator('body > header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await saveScreenshots(page, 'huis-afdrukken-a3');
});

test('the groeikansen: nog niet with its plan, missing mandatory partners, and peers’ kernpartners absent here', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/groeikansen`);
  const growth = page.getByTestId('growth');
  await expect(growth.getByTestId('growth-plan')).toContainText('Bibliotheek');
  await expect(growth.getByTestId('growth-missing')).toContainText('Inloopteam');
  await expect(growth.getByTestId('growth-missing')).not.toContainText('Consultatiebureauwerking');
  await expect(growth).toContainText('Kernpartner bij de meeste huizen in regiostedelijk, hier niet');
  await saveScreenshots(page, 'huis-groeikansen');
});

test('exports refuse a visitor who is not signed in, and another house’s coordinator', async ({ request, browser }) => {
  expect((await request.get(`/api/huizen/${fixture.houseId}/kaart.csv`)).status()).toBe(401);
  const other = await createMapFixture();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, other.user, `/huizen/${other.houseId}`);
  expect((await page.request.get(`/api/huizen/${fixture.houseId}/kaart.svg`)).status()).toBe(403);
  expect((await page.goto(`/huizen/${fixture.houseId}`))?.status()).toBe(404);
  await context.close();
});
