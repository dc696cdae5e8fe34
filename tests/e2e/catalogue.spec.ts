import { expect, test } from '@playwright/test';
import { saveScreenshots } from './screenshot';

test('the catalogue lists the 52 types by cluster with their mandatory flag, in Dutch', async ({ page }) => {
  await page.goto('/catalogus');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalogus van de actoren');
  await expect(page.getByText('De 52 actoren uit vraag 4 van de bevraging, geordend in de 12 domeinclusters')).toBeVisible();

  const clusters = page.locator('section[aria-labelledby$="-title"]');
  await expect(clusters).toHaveCount(12);
  await expect(page.locator('[data-actor-type]')).toHaveCount(54);

  const health = page.locator('#gezondheid');
  await expect(health.getByRole('heading', { name: /Gezondheid/ })).toBeVisible();
  const cb = health.locator('[data-actor-type="consultatiebureauwerking"]');
  await expect(cb).toContainText('Consultatiebureauwerking');
  await expect(cb).toContainText('verplicht aan te sluiten');
  // Tabel 20: 113 of 115 houses directly involved (report line 2636).
  await expect(cb).toContainText('direct betrokken in 113 van 115 huizen (98,3%)');

  const opvoedingslijn = page.locator('[data-actor-type="opvoedingslijn"]');
  await expect(opvoedingslijn).not.toContainText('verplicht');
  await expect(page.locator('[data-actor-type] >> text=verplicht aan te sluiten')).toHaveCount(8);

  await saveScreenshots(page, 'catalogus');
});
