import { expect, test, type Page } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { removeWorkshopsOf } from '../security/fixture';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { largestMove, screenPositions, waitForLayout } from '../support/map-legibility';
import { joinAs, nodeClasses, propose } from './workshop-support';
import { saveScreenshots } from './screenshot';

// The projector is for the room (issue 18): map and accepted changes, no names, no buttons;
// the facilitator moderates on their own screen.
let fixture: MapFixture;
const NAMES = ['Anneleen Vermeulen', 'Bertrand Peeters'];

test.beforeAll(async () => {
  fixture = await createMapFixture({ answers: [{ type: 'bibliotheek', level: 'minimaal' }, { type: 'ocmw', level: 'kernpartner' }, { type: 'caw', level: 'nog_niet' }] });
});
test.afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [fixture.houseId]));
  await removeMapFixtures();
});

async function expectNoNames(room: Page) {
  const html = await room.content();
  for (const name of NAMES) expect(html, `the projector holds no “${name}”`).not.toContain(name);
  expect(html).not.toContain('voorgesteld door');
  await expect(room.getByRole('button')).toHaveCount(0);
}

test('the projector page shows the map and the accepted changes, never a participant’s name or a button, and keeps its layout as changes land', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, fixture.user, '/workshops');
  await page.locator(`[data-house="${fixture.houseId}"]`).getByRole('button', { name: 'Workshop openen' }).click();
  await page.waitForURL(/\/workshop\/[A-Z2-9]{6}\/begeleiden$/);
  const code = (await page.getByTestId('join-code').getAttribute('data-code'))!;

  // The room's screen, opened from the facilitator's own screen (same account, another window).
  const [room] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('link', { name: 'Scherm voor de zaal ↗' }).click()]);
  await room.setViewportSize({ width: 1920, height: 1080 });
  await expect(room.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  await expect(room.getByTestId('join-qr')).toBeVisible();
  await waitForLayout(room);

  const anneleen = await joinAs(browser, code, NAMES[0]);
  const bertrand = await joinAs(browser, code, NAMES[1]);
  await expect(room.getByTestId('participant-count')).toHaveText('2 deelnemers');
  await propose(anneleen, 'type:bibliotheek', 'gemiddeld', 'kernpartner', `Afspraak via ${NAMES[1]}`);
  await propose(bertrand, 'type:caw', 'minimaal', null);

  // Moderation happens on the facilitator's screen, with the names.
  const card = page.getByTestId('proposal').filter({ hasText: 'Bibliotheek' });
  await expect(card).toContainText(NAMES[0]);
  const before = await screenPositions(room);
  await card.getByRole('button', { name: 'Aanvaarden' }).click();
  await page.getByTestId('proposal').filter({ hasText: 'CAW' }).getByRole('button', { name: 'Opzij leggen' }).click();
  await expect(page.getByTestId('recent-changes')).toContainText(`voorgesteld door ${NAMES[0]}`);

  // The room sees the change land, without who proposed it, and nothing else moves.
  await expect(room.getByTestId('recent-changes')).toContainText('Bibliotheek: nu gemiddeld, gewenst kernpartner');
  await expect.poll(() => nodeClasses(room, 'type:bibliotheek')).toContain('level-gemiddeld');
  await waitForLayout(room);
  const moved = largestMove(before, await screenPositions(room), ['type:bibliotheek']);
  expect(moved.px, `${moved.id} moved`).toBeLessThanOrEqual(24);
  await expectNoNames(room);
  await room.screenshot({ path: 'test-results/screenshots/workshop-zaal-1920.png' });
  await saveScreenshots(room, 'workshop-zaal');
  await saveScreenshots(page, 'workshop-begeleiden');

  // A fresh load of the room's page carries no names either (first view and stream replay).
  await room.reload();
  await expect(room.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  await expect(room.getByTestId('recent-changes')).toContainText('Bibliotheek');
  await expectNoNames(room);
  await anneleen.context().close();
  await bertrand.context().close();
});
