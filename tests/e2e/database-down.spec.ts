import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshot';

// A second app server runs against a closed port (playwright.config.ts).
const downUrl = `http://127.0.0.1:${process.env.E2E_DOWN_PORT ?? 3101}`;

test('with Neo4j down, the start page shows a Dutch error panel, not a stack trace', async ({ page }) => {
  const response = await page.goto(`${downUrl}/`);
  expect(response?.status()).toBe(200);
  const panel = page.getByRole('alert').filter({ hasText: 'De databank is niet bereikbaar' });
  await expect(panel.getByRole('heading', { name: 'De databank is niet bereikbaar' })).toBeVisible();
  await expect(panel).toContainText('Uw gegevens zijn niet verloren');
  await expect(page.locator('body')).not.toContainText(/ServiceUnavailable|at .*\.js:\d+|Error:/);
  await saveScreenshots(page, 'start-databank-onbereikbaar');
});

test('with Neo4j down, /api/health answers 503 without describing the infrastructure', async ({ request }) => {
  const response = await request.get(`${downUrl}/api/health`);
  expect(response.status()).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', neo4j: { connected: false, error: 'Neo4j is niet bereikbaar.' } });
});
