import { expect, test, type Page } from '@playwright/test';
import { writeTx } from '@/graph/session';

// Issue 18: on a 390 px phone the map of the presentation and of a deellink takes the phone's whole
// width and reads: below `sm` it is drawn at its own size in a box that pans (labels 13 px and
// more), "Hele kaart" fits it to the width. Measured in the browser on demo-001 of the test database.
const PASSWORD = 'netwerkkaart-demo';
const LABEL = 'telefoontest';

test.use({ viewport: { width: 390, height: 844 } });
test.afterAll(async () => {
  await writeTx((tx) => tx.run('MATCH (l:ShareLink {houseId: $houseId, label: $label}) DETACH DELETE l', { houseId: 'demo-001', label: LABEL }));
});

interface Measured {
  /** The box holding the map, on screen. */
  box: { left: number; right: number; top: number; bottom: number; width: number };
  /** The drawing's width on screen. */
  drawnWidth: number;
  labels: number;
  /** Font size × scale of the smallest and of the house's label, in px. */
  smallest: number;
  house: number;
  pageWidth: number;
}

function measure(page: Page, testId: string): Promise<Measured> {
  return page.getByTestId(testId).evaluate((box) => {
    const svg = box.querySelector('svg')!;
    const scale = svg.getScreenCTM()!.a;
    const sizes = [...svg.querySelectorAll('g[data-id] text')].map((t) => ({
      id: t.closest('g[data-id]')!.getAttribute('data-id'),
      px: parseFloat(t.getAttribute('font-size')!) * scale,
    }));
    const r = box.getBoundingClientRect();
    // preserveAspectRatio "meet": the drawing is the smaller of the two fits of its viewBox.
    const vb = svg.viewBox.baseVal;
    const s = svg.getBoundingClientRect();
    const drawnWidth = vb.width * Math.min(s.width / vb.width, s.height / vb.height);
    return {
      box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width },
      drawnWidth,
      labels: sizes.length,
      smallest: Math.min(...sizes.map((x) => x.px)),
      house: sizes.find((x) => x.id === 'house')?.px ?? 0,
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

test('on a 390 px phone the map of the presentation and of a deellink fills the width and its labels read at 12 px or more', async ({ page, browser }) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill('coordinator.demo-001@demo.netwerkkaart.be');
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Afmelden' })).toBeVisible({ timeout: 30_000 });

  // The presentation, step 4 (every layer but the gaps): legible, panned in a box as wide as the phone.
  await page.goto('/huizen/demo-001/presenteren?stap=4');
  await expect(page.getByTestId('presentation-map')).toHaveAttribute('data-zoomed', 'true');
  const zoomed = await measure(page, 'presentation-map');
  expect(zoomed.labels).toBeGreaterThan(40);
  expect(zoomed.smallest, `smallest label ${zoomed.smallest.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
  expect(zoomed.house).toBeGreaterThanOrEqual(16);
  expect(zoomed.box.width).toBeGreaterThanOrEqual(380);
  expect(zoomed.pageWidth).toBeLessThanOrEqual(390);
  // The legend is one tap away, over the map.
  await page.getByTestId('presentation-legend-toggle').locator('summary').click();
  await expect(page.getByTestId('presentation-legend-toggle').getByText('Kernpartner', { exact: true })).toBeVisible();
  await page.getByTestId('presentation-legend-toggle').locator('summary').click();
  // "Hele kaart": the whole map across the phone's width.
  await page.getByTestId('phone-zoom').click();
  await expect(page.getByTestId('presentation-map')).toHaveAttribute('data-zoomed', 'false');
  const whole = await measure(page, 'presentation-map');
  expect(whole.drawnWidth).toBeGreaterThanOrEqual(370);
  expect(whole.drawnWidth).toBeLessThanOrEqual(390);

  // A deellink to the map, seen anonymously on the phone.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/huizen/demo-001/presentatie');
  const form = page.getByTestId('share-link-form');
  await form.getByLabel('Voor wie (optioneel)').fill(LABEL);
  await form.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(form.getByRole('status')).toContainText('Deellink gemaakt');
  const url = (await page.getByTestId('share-link-url').textContent())!.trim();
  const anonymous = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await anonymous.newPage();
  expect((await visitor.goto(url))!.status()).toBe(200);
  const shared = await measure(visitor, 'shared-map-drawing');
  expect(shared.smallest, `smallest label ${shared.smallest.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
  expect(shared.box.left).toBeLessThanOrEqual(1);
  expect(shared.box.right).toBeGreaterThanOrEqual(389);
  expect(shared.pageWidth).toBeLessThanOrEqual(390);
  // The legend stands below the map, not beside it.
  const legend = await visitor.getByTestId('map-legend').first().boundingBox();
  expect(legend!.y).toBeGreaterThanOrEqual(shared.box.bottom - 1);
  await visitor.getByTestId('phone-zoom').click();
  const sharedWhole = await measure(visitor, 'shared-map-drawing');
  expect(sharedWhole.drawnWidth).toBeGreaterThanOrEqual(386);
  await anonymous.close();
});
