import { expect, test, type Page } from '@playwright/test';

// Every page must fit a phone: nothing may make the whole page scroll sideways at 390 px
// (wide tables scroll inside their own box). Signs in with the demo accounts of the test database.
const PASSWORD = 'netwerkkaart-demo';
const PAGES: Record<string, string[]> = {
  anonymous: ['/', '/aanmelden', '/wachtwoord', '/workshop', '/catalogus', '/cijfers'],
  'coordinator.demo-001@demo.netwerkkaart.be': [
    '/huizen', '/huizen/demo-001', '/huizen/demo-001/vragenlijst', '/huizen/demo-001/groeikansen',
    '/huizen/demo-001/momentopnames', '/huizen/demo-001/geschiedenis', '/huizen/demo-001/importeren',
    '/huizen/demo-001/afdrukken', '/huizen/demo-001/tijdlijn', '/huizen/demo-001/presentatie', '/workshops',
  ],
  'kind-en-gezin@demo.netwerkkaart.be': [
    '/overzicht', '/overzicht/verplichte-partners', '/overzicht/minimumaanbod', '/overzicht/regio',
    '/overzicht/vergelijken', '/overzicht/afdrukken',
  ],
};

async function signIn(page: Page, email: string) {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible();
}

test.use({ viewport: { width: 390, height: 844 } });

for (const [who, paths] of Object.entries(PAGES)) {
  test(`no page scrolls sideways at 390 px (${who})`, async ({ page }) => {
    if (who !== 'anonymous') await signIn(page, who);
    for (const path of paths) {
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    }
  });
}
