import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshot';

test('Cijfers 2016 shows Tabel 26 with its chart next to the report', async ({ page }) => {
  await page.goto('/cijfers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cijfers');
  await expect(page.getByRole('status').filter({ hasText: 'huizen in deze selectie' })).toContainText('116 huizen');
  const tabel26 = page.locator('#tabel-26');
  await expect(tabel26.getByRole('heading', { name: /Tabel 26: Aantal direct betrokken/ })).toBeVisible();
  await expect(tabel26.getByRole('img', { name: /Tabel 26: 10 tot 15: 9 huizen nu/ })).toBeVisible();
  // The demo reproduces the report: the 16 tot 20 row has 27 houses now and in 2016 (report line 3313).
  await expect(tabel26.getByRole('row', { name: /16 tot 20/ })).toContainText('27');
  await expect(page.locator('#tabel-20 [data-survey-row="consultatiebureauwerking"]')).toContainText('89');
  await saveScreenshots(page, 'cijfers');
});

test('a filtered view changes the numbers and keeps the filter in the URL', async ({ page }) => {
  await page.goto('/cijfers');
  await page.getByLabel('Provincie').selectOption('Limburg');
  await page.getByRole('button', { name: 'Toepassen' }).click();
  await expect(page).toHaveURL(/provincie=Limburg/);
  const status = page.getByRole('status').filter({ hasText: 'huizen in deze selectie' });
  await expect(status).toContainText('(gefilterd)');
  const houses = Number((await status.locator('strong').textContent())?.match(/\d+/)?.[0]);
  expect(houses).toBeGreaterThan(4);
  expect(houses).toBeLessThan(116);
  const total = page.locator('#tabel-26').getByRole('row', { name: /Totaal/ });
  await expect(total).toContainText(String(houses));
  await saveScreenshots(page, 'cijfers-limburg');

  await page.goto('/cijfers?provincie=Brussels%20Hoofdstedelijk%20Gewest');
  await expect(page.getByRole('status')).toContainText('Cijfers worden pas getoond vanaf 5 huizen');
});

test('a table downloads as CSV with BOM, ; and the right header row', async ({ page }) => {
  await page.goto('/cijfers');
  const downloadPromise = page.waitForEvent('download');
  await page.locator('#tabel-26').getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('netwerkkaart-tabel-26.csv');
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header, first] = text.slice(1).split('\r\n');
  expect(header).toBe('Aantal;Huizen (n);Huizen (%);2016 Huizen (n);2016 Huizen (%)');
  expect(first).toBe('10 tot 15;9;7,8;9;7,8');

  const json = await page.request.get('/api/cijfers/tabel-14');
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body.table).toBe('Tabel 14');
  expect(body.rows.find((r: { typeCode: string }) => r.typeCode === 'lokaal-bestuur').now.byLevel.kernpartner).toBe(101);
  const bad = await page.request.get('/api/cijfers/tabel-14?verstedelijking=metropool');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('Onbekende verstedelijkingsgraad.');
});
