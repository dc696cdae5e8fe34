import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshot';

test('the start page speaks Dutch and lists the houses or says how to add them', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Netwerkkaart/);
  expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie werkt mee in uw Huis van het Kind, en hoe sterk?');
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  for (const label of ['Huizen', 'Overzicht Kind en Gezin', 'Cijfers 2016', 'Workshops', 'Catalogus']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  const houses = page.getByRole('list', { name: 'Huizen van het Kind' });
  const empty = page.getByRole('heading', { name: 'Nog geen Huizen van het Kind in de databank' });
  await expect(houses.or(empty)).toBeVisible();
  for (const file of await saveScreenshots(page, 'start')) expect(statSync(file).size).toBeGreaterThan(10_000);
});

test('the navigation leads to each area, in Dutch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cijfers 2016', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cijfers 2016');
  await page.getByRole('link', { name: 'Overzicht Kind en Gezin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overzicht Kind en Gezin');
  await page.getByRole('link', { name: 'Huizen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huizen van het Kind');
  await expect(page.getByRole('link', { name: 'Huizen', exact: true })).toHaveAttribute('aria-current', 'page');
});

test('health answers with the Neo4j version, schema version and catalogue size', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.neo4j).toMatchObject({ connected: true, edition: 'community' });
  expect(body.neo4j.version).toMatch(/^5\.26\./);
  expect(body.catalogue).toEqual({ actorTypes: 54, clusters: 12 });
  expect(body.schema.upToDate).toBe(true);
  expect(existsSync('test-results')).toBe(true);
});
