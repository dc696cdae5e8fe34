import { expect, test, type Page } from '@playwright/test';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'ocmw', level: 'kernpartner' },
      { type: 'bibliotheek', level: 'gemiddeld' },
      { type: 'politie', level: 'minimaal' },
      { type: 'vdab', level: 'nog_niet' },
    ],
    actors: [{ name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' }],
    forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
  });
});
test.afterAll(removeMapFixtures);

/** The nodes drawn at this step, with their place on the page (centre of the node's figure). */
async function drawn(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.getByTestId('presentation-map').evaluate((map) =>
    Object.fromEntries(
      [...map.querySelectorAll('g[data-id]')].map((g) => {
        const box = g.querySelector('path')!.getBoundingClientRect();
        return [g.getAttribute('data-id')!, { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) }];
      }),
    ),
  );
}

test('a presentation walked by keyboard: each step adds its layer, with its caption and figures, and nothing moves', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}`);
  await page.getByRole('link', { name: 'Presenteren' }).click();
  const show = page.getByTestId('presentation');
  await expect(show).toHaveAttribute('data-step', 'kern');
  await expect(page.getByTestId('presentation-caption')).toContainText('kernpartners');
  await expect(page.getByTestId('presentation-counts')).toHaveText('Kernpartners: 1');
  const first = await drawn(page);
  expect(Object.keys(first).sort()).toEqual(['house', 'type:ocmw']);
  await saveScreenshots(page, 'presentatie-stap-1');

  const seen: Record<string, { x: number; y: number }> = { ...first };
  const expectSteady = async () => {
    const now = await drawn(page);
    for (const [id, at] of Object.entries(seen)) if (now[id]) expect(now[id], `${id} stays put`).toEqual(at);
    Object.assign(seen, now);
    return now;
  };

  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-step', 'betrokken');
  await expect(page.getByTestId('presentation-counts')).toContainText('Rechtstreeks betrokken: 3');
  expect(Object.keys(await expectSteady())).toEqual(expect.arrayContaining(['type:bibliotheek', 'type:politie']));

  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-step', 'indirect');
  await expect(show).toContainText('Via: Scholenoverleg (1).');
  await expectSteady();

  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-step', 'nog-niet');
  await expect(page.getByTestId('presentation-counts')).toHaveText('Nog niet: 1');
  await expectSteady();

  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-step', 'ontbrekend');
  await expect(page.getByTestId('presentation-counts')).toContainText('Ontbrekende verplichte partners');
  const missing = await expectSteady();
  expect(Object.keys(missing).some((id) => id.startsWith('missing:'))).toBe(true);
  await saveScreenshots(page, 'presentatie-stap-5');

  await page.keyboard.press('ArrowRight');
  await expect(show).toHaveAttribute('data-step', 'voor-na');
  await expect(show).toContainText('nog geen momentopname');
  await page.keyboard.press('ArrowLeft');
  await expect(show).toHaveAttribute('data-step', 'ontbrekend');
  await page.keyboard.press('Home');
  await expect(show).toHaveAttribute('data-step', 'kern');
  // A click on the map goes on, too; the step travels in the address.
  await page.getByTestId('presentation-map').click();
  await expect(show).toHaveAttribute('data-step', 'betrokken');
  await expect(page).toHaveURL(/stap=2/);
});

test('the coordinator rewords, hides and reorders steps; the presentation and its handout follow', async ({ page }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/presentatie`);
  const editor = page.getByTestId('presentation-editor');
  await editor.locator('[data-step="kern"]').getByLabel('Bijschrift').fill('Onze stuurgroep: het OCMW.');
  await editor.locator('[data-step="indirect"]').getByLabel('Verbergen').check();
  await editor.getByRole('button', { name: 'Nog niet: groeikansen omhoog' }).click();
  await editor.getByRole('button', { name: 'Nog niet: groeikansen omhoog' }).click();
  await editor.getByRole('button', { name: 'Nog niet: groeikansen omhoog' }).click();
  await editor.getByRole('button', { name: 'Presentatie opslaan' }).click();
  await expect(editor.getByRole('status')).toHaveText('Presentatie opgeslagen.');
  await saveScreenshots(page, 'presentatie-instellingen');

  await page.goto(`/huizen/${fixture.houseId}/presenteren`);
  const show = page.getByTestId('presentation');
  await expect(show).toHaveAttribute('data-step', 'nog-niet');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presentation-caption')).toHaveText('Onze stuurgroep: het OCMW.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Indirect is hidden: after gemiddeld and minimaal come the missing partners.
  await expect(show).toHaveAttribute('data-step', 'ontbrekend');
  await expect(page.getByRole('button', { name: /^Stap \d/ })).toHaveCount(5);

  const handout = await page.request.get(`/api/huizen/${fixture.houseId}/presentatie.pdf`);
  expect(handout.status()).toBe(200);
  expect(handout.headers()['content-type']).toBe('application/pdf');
  const pdf = (await handout.body()).toString('latin1');
  expect(pdf.match(/\/Type \/Page\b/g)?.length).toBe(5);

  // The change is in the house's history.
  await page.goto(`/huizen/${fixture.houseId}/geschiedenis`);
  await expect(page.getByText('Presentatie opgeslagen').first()).toBeVisible();
});
