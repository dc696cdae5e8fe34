import { existsSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshot';

test('the start page speaks Dutch and invites an anonymous visitor to sign in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Netwerkkaart/);
  expect(await page.locator('html').getAttribute('lang')).toBe('nl-BE');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wie werkt mee in uw Huis van het Kind, en hoe sterk?');
  const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
  for (const label of ['Huizen', 'Overzicht Kind en Gezin', 'Cijfers', 'Workshops', 'Catalogus']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  // The houses are listed only to a signed-in user, by role (tests/e2e/auth-security.spec.ts).
  await expect(page.getByRole('heading', { name: 'Meld u aan om uw huis te zien' })).toBeVisible();
  for (const file of await saveScreenshots(page, 'start')) expect(statSync(file).size).toBeGreaterThan(10_000);
});

test('the navigation leads to each area, in Dutch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cijfers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cijfers');
  // The overview and the houses ask an anonymous visitor to sign in first, and return there after.
  await page.getByRole('link', { name: 'Overzicht Kind en Gezin', exact: true }).click();
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Foverzicht$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
  await page.getByRole('link', { name: 'Huizen', exact: true }).click();
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fhuizen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmelden');
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
