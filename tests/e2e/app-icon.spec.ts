import { expect, test } from '@playwright/test';

// Browsers ask every site for /favicon.ico; a 404 there is an error in the console on every page.
test('the app has its icon: /favicon.ico and the SVG icon every page links to', async ({ page, request }) => {
  const ico = await request.get('/favicon.ico');
  expect(ico.status()).toBe(200);
  expect(ico.headers()['content-type']).toContain('image/x-icon');
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  await page.goto('/catalogus');
  const href = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  const svg = await request.get(href!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(await svg.text()).toContain('<circle');
});
