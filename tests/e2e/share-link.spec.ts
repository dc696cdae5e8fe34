import { expect, test } from '@playwright/test';
import { writeTx } from '@/graph/session';
import { createMapFixture, removeMapFixtures, signIn, type MapFixture } from './house-map-support';
import { saveScreenshots } from './screenshot';

let fixture: MapFixture;
const PERSONAL = ['Geheime notitie over de directeur', 'Trekker Jan Janssens', 'Bellen met Piet', 'Sofie Coördinator', 'Plan voor 2027'];

test.beforeAll(async () => {
  fixture = await createMapFixture({
    answers: [
      { type: 'ocmw', level: 'kernpartner' },
      { type: 'bibliotheek', level: 'gemiddeld' },
    ],
    actors: [
      { name: 'CAW De Schakel', type: 'caw', level: 'nog_niet', note: 'Geheime notitie over de directeur' },
      { name: 'Basisschool De Linde', type: 'school-scholen', level: 'indirect', via: 'Scholenoverleg' },
    ],
    forums: [{ name: 'Scholenoverleg', members: ['Basisschool De Linde'] }],
  });
  // A plan with a trekker, a next step and a note, and the user's name on an answer: all personal.
  await writeTx((tx) =>
    tx.run(
      `MATCH (h:House {id: $houseId})-[i:INVOLVES]->(:Actor {name: 'CAW De Schakel'}) SET i.owner = 'Trekker Jan Janssens', i.nextStep = 'Bellen met Piet', i.updatedBy = 'Sofie Coördinator'
       WITH h MATCH (h)-[a:ANSWERED]->(:ActorType {code: 'ocmw'}) SET a.note = 'Plan voor 2027', a.updatedBy = 'Sofie Coördinator'`,
      { houseId: fixture.houseId },
    ),
  );
});
test.afterAll(async () => {
  await writeTx((tx) => tx.run('MATCH (l:ShareLink {houseId: $houseId}) DETACH DELETE l', { houseId: fixture.houseId }));
  await removeMapFixtures();
});

test('a deellink seen anonymously shows the map without anything personal, then revoked and refused', async ({ page, browser }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/presentatie`);
  const form = page.getByTestId('share-link-form');
  await form.getByLabel('Geldig (dagen, max. 90)').fill('91');
  await form.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(form.getByRole('alert')).toContainText('hoogstens 90 dagen');
  await form.getByLabel('Geldig (dagen, max. 90)').fill('14');
  await form.getByLabel('Voor wie (optioneel)').fill('gemeenteraad');
  await form.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(form.getByRole('status')).toContainText('Deellink gemaakt');
  const url = (await page.getByTestId('share-link-url').textContent())!.trim();
  expect(url).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId('share-link-list')).toContainText('nog niet gebruikt');

  // Anonymous: a browser without any session.
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  const response = await visitor.goto(url);
  expect(response!.status()).toBe(200);
  const shared = visitor.getByTestId('shared-map');
  await expect(shared.getByRole('heading', { level: 1 })).toHaveText(`Huis van het Kind ${fixture.houseId}`);
  for (const shown of ['CAW De Schakel', 'Basisschool De Linde', 'Scholenoverleg', 'Nog niet', 'Kernpartner']) await expect(shared).toContainText(shown);
  const html = await visitor.content();
  for (const secret of PERSONAL) expect(html, `the page holds no “${secret}”`).not.toContain(secret);
  expect(html).toMatch(/<meta name="robots" content="noindex, nofollow/);
  for (const file of ['kaart.svg', 'kaart.csv']) {
    const download = await anonymous.request.get(`${url}/${file}`);
    expect(download.status(), file).toBe(200);
    expect(download.headers()['x-robots-tag']).toBe('noindex, nofollow');
    const body = await download.text();
    expect(body, file).toContain('CAW De Schakel');
    for (const secret of PERSONAL) expect(body, `${file} holds no “${secret}”`).not.toContain(secret);
  }
  await saveScreenshots(visitor, 'deellink-kaart');

  // The house's page tells when it was last used.
  await page.reload();
  await expect(page.getByTestId('share-link-list')).toContainText('laatst gebruikt');
  await page.getByTestId('share-link-list').getByRole('button', { name: 'Intrekken' }).click();
  await expect(page.getByTestId('share-link-list')).toContainText('ingetrokken');

  expect((await visitor.reload())!.status(), 'a revoked link is gone').toBe(410);
  await expect(visitor.getByTestId('shared-refusal')).toContainText('Deze deellink werd ingetrokken');
  expect(await visitor.content()).not.toContain('CAW De Schakel');
  expect((await anonymous.request.get(`${url}/kaart.csv`)).status()).toBe(410);
  await saveScreenshots(visitor, 'deellink-ingetrokken');
  expect((await visitor.goto(url.replace(/.{5}$/, 'AAAAA')))!.status(), 'an unknown link is not found').toBe(404);
  await expect(visitor.getByTestId('shared-refusal')).toContainText('Deze deellink bestaat niet');
  await anonymous.close();

  await page.goto(`/huizen/${fixture.houseId}/geschiedenis`);
  await expect(page.getByText('Deellink gemaakt').first()).toBeVisible();
  await expect(page.getByText('Deellink ingetrokken').first()).toBeVisible();
});

test('a deellink to the presentation walks its steps, without the comparison with the past', async ({ page, browser }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/presentatie`);
  const form = page.getByTestId('share-link-form');
  await form.getByLabel('Wat toont de link?').selectOption('presentatie');
  await form.getByRole('button', { name: 'Deellink maken' }).click();
  const url = (await page.getByTestId('share-link-url').textContent())!.trim();
  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(url);
  const show = visitor.getByTestId('presentation');
  await expect(show).toHaveAttribute('data-step', 'kern');
  await expect(visitor.getByRole('button', { name: /^Stap \d/ })).toHaveCount(5);
  await expect(visitor.getByRole('link', { name: 'Sluiten' })).toHaveCount(0);
  await visitor.keyboard.press('End');
  await expect(show).toHaveAttribute('data-step', 'ontbrekend');
  const html = await visitor.content();
  for (const secret of PERSONAL) expect(html, `the presentation holds no “${secret}”`).not.toContain(secret);
  await saveScreenshots(visitor, 'deellink-presentatie');
  await anonymous.close();
});

test('a refused deellink answers its status with its Dutch page: 404 unknown, 410 expired, 429 after too many guesses', async ({ page, browser }) => {
  await signIn(page, fixture.user, `/huizen/${fixture.houseId}/presentatie`);
  const form = page.getByTestId('share-link-form');
  await form.getByLabel('Voor wie (optioneel)').fill('verloopt zo meteen');
  await form.getByRole('button', { name: 'Deellink maken' }).click();
  await expect(form.getByRole('status')).toContainText('Deellink gemaakt');
  const url = (await page.getByTestId('share-link-url').textContent())!.trim();
  // Addresses of their own (the test server believes X-Forwarded-For from 127.0.0.1): the guesses
  // below must not lock out other tests.
  const own = () => `198.18.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
  const anonymous = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': own() } });
  const visitor = await anonymous.newPage();
  expect((await visitor.goto(url))!.status()).toBe(200);
  await expect(visitor.getByTestId('shared-map')).toBeVisible();

  const unknown = await visitor.goto(url.replace(/.{6}$/, 'BBBBBB'));
  expect(unknown!.status()).toBe(404);
  await expect(visitor.getByTestId('shared-refusal')).toHaveAttribute('data-reason', 'onbekend');
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Deze deellink bestaat niet');

  await writeTx((tx) =>
    tx.run(`MATCH (l:ShareLink {houseId: $houseId, label: 'verloopt zo meteen'}) SET l.expiresAt = datetime() - duration('PT1M')`, { houseId: fixture.houseId }),
  );
  const expired = await visitor.goto(url);
  expect(expired!.status()).toBe(410);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Deze deellink is verlopen');
  expect(await visitor.content()).not.toContain('CAW De Schakel');
  await saveScreenshots(visitor, 'deellink-verlopen');
  await anonymous.close();

  // Twenty wrong tokens from one address, then every token is refused for it for a minute.
  const guesser = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': own() } });
  for (let i = 0; i < 20; i++) expect((await guesser.request.get(url.replace(/.{6}$/, `G${String(i).padStart(5, '0')}`))).status()).toBe(404);
  const tooMany = await guesser.newPage();
  const refused = await tooMany.goto(url);
  expect(refused!.status()).toBe(429);
  expect(refused!.headers()['retry-after']).toBe('60');
  await expect(tooMany.getByRole('heading', { level: 1 })).toHaveText('Te veel pogingen');
  await expect(tooMany.getByTestId('shared-refusal')).toContainText('Wacht een minuut');
  await guesser.close();
});
