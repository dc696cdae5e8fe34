import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { readTx, writeTx } from '@/graph/session';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { formatDate } from '@/lib/domain/format-date';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { saveScreenshots } from './screenshot';

// A survey round end to end (issue 19): Kind en Gezin opens a round for one house of its own
// (so no other test's house gets a banner), its coordinator confirms the network, Kind en Gezin
// follows the progress, and compares the demo's closed round with 2016.
let houseId: string;
let houseName: string;
let coordinator: TestUser;
let agency: TestUser;
let admin: TestUser;
const roundName = `Bevraging e2e ${Date.now().toString(36)}`;
const closesOn = brusselsDate(new Date(Date.now() + 14 * 86_400_000));

test.beforeAll(async () => {
  ({ houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'politie', level: 'gemiddeld' }, { type: 'bibliotheek', level: 'nog_niet' }] }));
  houseName = `Huis van het Kind ${houseId}`;
  coordinator = await createTestUser('coordinator', [houseId], 'Coördinator E2e');
  agency = await createTestUser('kind_en_gezin', [], 'Kind en Gezin E2e');
  admin = await createTestUser('beheerder', [], 'Beheerder E2e');
});

test.afterAll(async () => {
  await writeTx(async (tx) => {
    await tx.run('MATCH (r:Round {name: $roundName}) OPTIONAL MATCH (r)<-[:SUBMITTED_FOR]-(s:Snapshot) DETACH DELETE s, r', { roundName });
    await tx.run("MATCH (c:Change) WHERE c.action STARTS WITH 'round.' AND c.to CONTAINS $roundName DELETE c", { roundName });
  });
  await deleteNetworkFixtures([houseId]);
  await deleteUsers([coordinator.id, agency.id, admin.id]);
  await closeDriver();
});

async function signedIn(browser: Browser, user: TestUser, path: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' })).newPage();
  await page.goto(`/aanmelden?terug=${encodeURIComponent(path)}`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(user.password);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  return page;
}

test('Kind en Gezin opens a round, the coordinator confirms the network, Kind en Gezin sees the progress', async ({ browser }) => {
  test.setTimeout(180_000);
  const kg = await signedIn(browser, agency, '/overzicht/bevragingen');
  await expect(kg.getByRole('heading', { name: 'Bevragingen', level: 2 })).toBeVisible();
  await expect(kg.getByRole('link', { name: 'Bevraging 2026 (fictief)' })).toBeVisible();
  await saveScreenshots(kg, 'bevragingen');

  await kg.getByLabel('Naam').fill(roundName);
  await kg.getByLabel('Bericht aan de coördinatoren').fill('Bevestig uw kaart, ook als er niets veranderde.');
  await kg.getByLabel('Een selectie').check();
  await kg.getByText('Losse huizen kiezen').click();
  await kg.getByLabel(houseName).check();
  // Without a closing day the round is refused in Dutch, and what was typed and ticked stays.
  await kg.getByRole('button', { name: 'Bevraging openen' }).click();
  await expect(kg.getByText('Geef de sluitingsdatum op.')).toBeVisible();
  await expect(kg.getByLabel('Naam')).toHaveValue(roundName);
  await expect(kg.getByLabel(houseName)).toBeChecked();
  await kg.getByLabel('Sluit op (deze dag telt nog mee)').fill(closesOn);
  await kg.getByRole('button', { name: 'Bevraging openen' }).click();
  await kg.waitForURL(/\/overzicht\/bevragingen\/bevraging-e2e-/);
  await expect(kg.getByRole('status').filter({ hasText: 'geopend' })).toHaveText('De bevraging is geopend voor 1 huis.');
  await expect(kg.getByTestId('round-progress-total')).toContainText('Ingediend: 0 van 1 huis');
  await expect(kg.locator(`[data-waiting-house="${houseId}"]`)).toContainText(coordinator.email);
  const progressUrl = kg.url().replace(/\?.*$/, '');
  const roundId = progressUrl.split('/').pop()!;

  // The coordinator: the task on the house's page, then the form.
  const co = await signedIn(browser, coordinator, `/huizen/${houseId}`);
  const banner = co.getByTestId('round-banner');
  await expect(banner).toContainText(`${roundName}: bevestig uw netwerk tegen ${formatDate(closesOn)}`);
  await expect(banner).toContainText('Bevestig uw kaart, ook als er niets veranderde.');
  await saveScreenshots(co, 'bevraging-taak');
  await banner.getByRole('link', { name: 'Netwerk bevestigen' }).click();
  await co.waitForURL(new RegExp(`/huizen/${houseId}/bevraging\\?ronde=${roundId}`));
  await expect(co.getByRole('heading', { name: roundName })).toBeVisible();
  await expect(co.getByLabel('OCMW', { exact: true })).toHaveValue('kernpartner');
  await expect(co.getByTestId('round-open-count')).toContainText('Nog te beantwoorden: 49 van 52 actoren.');
  await saveScreenshots(co, 'bevraging-formulier');
  // The form itself (tests/e2e/accessibility.spec.ts sees this page without a round) meets WCAG 2.1 AA.
  for (const width of [1280, 390]) {
    await co.setViewportSize({ width, height: 900 });
    const { violations } = await new AxeBuilder({ page: co }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe at ${width} px`).toEqual([]);
  }
  await co.setViewportSize({ width: 1280, height: 900 });

  // Submitting with rows still open is refused: they are named, and the first one gets the focus.
  await co.getByRole('button', { name: 'Netwerk bevestigen en indienen' }).click();
  await expect(co.getByRole('alert').filter({ hasText: 'Nog geen antwoord' })).toContainText('Nog geen antwoord voor 49 actoren: Agentschap Integratie en Inburgering, Basiseducatie,');
  await expect(co.getByLabel('Agentschap Integratie en Inburgering')).toBeFocused();
  // The answers already chosen stay chosen (React would reset the form after its action).
  await expect(co.getByLabel('OCMW', { exact: true })).toHaveValue('kernpartner');
  await expect(co.getByLabel('Bibliotheek', { exact: true })).toHaveValue('nog_niet');
  await saveScreenshots(co, 'bevraging-ontbreekt');

  for (const select of await co.locator('select[name^="antwoord."]').all()) {
    if ((await select.inputValue()) === '') await select.selectOption('geen_antwoord');
  }
  await co.getByLabel('Bibliotheek', { exact: true }).selectOption('minimaal');
  await expect(co.getByTestId('round-open-count')).toContainText('Elke actor heeft een antwoord (52).');
  await co.getByRole('button', { name: 'Netwerk bevestigen en indienen' }).click();
  await expect(co.getByRole('status').filter({ hasText: 'Ingediend:' })).toContainText(`${roundName} heeft uw antwoord`);
  await expect(co.getByTestId('round-submission')).toContainText('Ingediend op');
  await expect(co.getByRole('button', { name: 'Opnieuw indienen' })).toBeVisible();
  await saveScreenshots(co, 'bevraging-ingediend');
  const frozen = await readTx(async (tx) =>
    (await tx.run('MATCH (:Round {id: $roundId})<-[:SUBMITTED_FOR]-(s:Snapshot)-[:OF]->(:House {id: $houseId}) RETURN s.network AS network', { roundId, houseId })).records.map((r) => JSON.parse(r.get('network'))),
  );
  expect(frozen).toHaveLength(1);
  expect(frozen[0].types.find((t: { code: string }) => t.code === 'bibliotheek').answer.level).toBe('minimaal');

  // Kind en Gezin: the progress moved; the round's figures are provisional.
  await kg.goto(progressUrl);
  await expect(kg.getByTestId('round-progress-total')).toContainText('Ingediend: 1 van 1 huis');
  await expect(kg.getByText('Elk huis diende in.')).toBeVisible();
  await saveScreenshots(kg, 'bevraging-voortgang');
  await kg.goto(`/cijfers?ronde=${roundId}`);
  await expect(kg.getByRole('status').filter({ hasText: 'Deze selectie telt' })).toContainText('Deze selectie telt 1 huizen');

  // Kind en Gezin closes the round early: the coordinator's next submission is refused in Dutch.
  await kg.goto(progressUrl);
  await kg.getByLabel(`Ik sluit ${roundName} nu af.`).check();
  await kg.getByRole('button', { name: 'Bevraging afsluiten' }).click();
  await expect(kg.getByRole('status').filter({ hasText: 'afgesloten' })).toContainText('De bevraging is afgesloten');
  await co.getByRole('button', { name: 'Opnieuw indienen' }).click();
  await expect(co.getByRole('alert').filter({ hasText: 'afgesloten' })).toContainText(`${roundName} is afgesloten sinds ${formatDate(brusselsDate())}: indienen of opnieuw indienen kan niet meer. Er werd niets opgeslagen.`);
  await co.reload();
  await expect(co.getByText(`${roundName} is afgesloten: indienen of opnieuw indienen kan niet meer.`)).toBeVisible();
  await expect(co.getByRole('heading', { name: 'Het ingediende antwoord' })).toBeVisible();
  await saveScreenshots(co, 'bevraging-afgesloten');

  // Only the beheerder reopens it, with a new closing day; then the form is back.
  await kg.reload();
  await expect(kg.getByText('De beheerder kan ze heropenen.')).toBeVisible();
  const beheerder = await signedIn(browser, admin, progressUrl.replace(/^https?:\/\/[^/]+/, ''));
  await beheerder.getByLabel('Nieuwe sluitingsdatum').fill(closesOn);
  await saveScreenshots(beheerder, 'bevraging-heropenen');
  await beheerder.getByRole('button', { name: 'Bevraging heropenen' }).click();
  await expect(beheerder.getByRole('status').filter({ hasText: 'heropend' })).toContainText(`De bevraging is heropend tot en met ${formatDate(closesOn)}.`);
  await co.reload();
  await expect(co.getByRole('button', { name: 'Opnieuw indienen' })).toBeVisible();

  // A visitor never sees a running round's figures.
  const visitor = await browser.newContext();
  const anonymous = await visitor.request.get(new URL(`/api/cijfers/tabel-26?ronde=${roundId}`, kg.url()).href);
  expect(anonymous.status()).toBe(404);
  expect((await anonymous.json()).error).toContain('alleen voor Kind en Gezin');
  await visitor.close();
});

test('Kind en Gezin compares the demo round with 2016 and downloads who did not submit', async ({ browser }) => {
  test.setTimeout(120_000);
  const kg = await signedIn(browser, agency, '/cijfers');
  await kg.getByLabel('Cijfers van').selectOption({ label: 'Bevraging 2026 (fictief)' });
  await kg.getByLabel('Vergelijken met').selectOption({ label: '2016 (rapport)' });
  await kg.getByRole('button', { name: 'Toepassen' }).click();
  await expect(kg).toHaveURL(/ronde=demo-bevraging-2026/);
  await expect(kg.getByRole('status').filter({ hasText: 'huizen in deze selectie' })).toContainText('100 huizen in deze selectie, die indienden voor Bevraging 2026 (fictief)');
  const tabel26 = kg.locator('#tabel-26');
  await expect(tabel26.getByRole('columnheader', { name: /Verschil/ })).toBeVisible();
  await expect(tabel26.getByRole('row', { name: /Totaal/ })).toContainText('100');
  await expect(tabel26.getByRole('row', { name: /Totaal/ })).toContainText('116');
  const lokaalBestuur = kg.locator('#tabel-14 [data-survey-row="lokaal-bestuur"]');
  await expect(lokaalBestuur.locator('[data-change-row]')).toContainText('verschil');
  await expect(lokaalBestuur).toContainText('2026');
  await saveScreenshots(kg, 'cijfers-vergelijking');

  // The same table for other tools, per round: CSV with both sources named, Excel, JSON.
  const csv = await kg.request.get('/api/cijfers/tabel-26?ronde=demo-bevraging-2026&vergelijk=2016&format=csv');
  expect(csv.status()).toBe(200);
  const header = (await csv.text()).slice(1).split('\r\n')[0];
  expect(header).toBe('Aantal;Bevraging 2026 (fictief) Huizen (n);Bevraging 2026 (fictief) Huizen (%);2016 (rapport) Huizen (n);2016 (rapport) Huizen (%);Verschil (procentpunten)');
  const xlsx = await kg.request.get('/api/cijfers/tabel-27?ronde=demo-bevraging-2026&format=xlsx');
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  const json = await (await kg.request.get('/api/cijfers/tabel-26?ronde=demo-bevraging-2026')).json();
  expect(json).toMatchObject({ houses: 100, bron: { id: 'demo-bevraging-2026', label: 'Bevraging 2026 (fictief)', provisional: false }, vergelijk: { id: '2016' } });

  await kg.goto('/overzicht/bevragingen/demo-bevraging-2026');
  await expect(kg.getByTestId('round-progress-total')).toContainText('Ingediend: 100 van 116 huizen');
  const download = kg.waitForEvent('download');
  await kg.getByRole('link', { name: /Lijst downloaden \(CSV\)/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('netwerkkaart-demo-bevraging-2026-nog-niet-ingediend.csv');
  const lines = readFileSync((await file.path())!, 'utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toBe('Huis van het Kind;Code;Provincie;E-mail coördinator;Bevraging;Sluit op');
  expect(lines).toHaveLength(17);
  expect(lines[1]).toMatch(/;demo-\d{3};.*;coordinator\.demo-\d{3}@demo\.netwerkkaart\.be;Bevraging 2026 \(fictief\);30-06-2026$/);
  await saveScreenshots(kg, 'bevraging-demo-voortgang');
});
