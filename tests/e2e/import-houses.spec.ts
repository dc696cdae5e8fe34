import { expect, test } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { readAnswerMatrix } from '@/graph/repositories/matrix-import';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { signIn } from './house-map-support';
import { signedIn } from '../security/http';
import { saveScreenshots } from './screenshot';

let houses: string[] = [];
let admin: TestUser;
let agency: TestUser;

test.beforeAll(async () => {
  const a = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] });
  const b = await createNetworkFixture({});
  houses = [a.houseId, b.houseId];
  admin = await createTestUser('beheerder', [], 'Beheerder Import');
  agency = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Import');
});
test.afterAll(async () => {
  await deleteNetworkFixtures([...houses, `${houses[0]}-nieuw`]);
  await deleteUsers([admin.id, agency.id]);
  await closeDriver();
});

test('the beheerder imports many houses at once: preview per house, then one write', async ({ page }) => {
  const file = [
    'Code;Huis van het Kind;Gemeenten;Provincie;Verstedelijkingsgraad;OCMW;CLB;Bibliotheek',
    `${houses[0]};;;;;kern;n.a.;`,
    `${houses[1]};;;;;gem;;nn`,
    `${houses[0]}-nieuw;Huis van het Kind Nieuwdorp;Nieuwdorp;Limburg;Buitengebied;min;;`,
  ].join('\n');
  await signIn(page, admin, '/beheer');
  await page.getByRole('link', { name: 'Huizen importeren' }).click();
  // Issue 14, bug 8: the page and the footer count the houses there are now, also after an import.
  const before = Number(/nu (\d+) huizen/.exec((await page.getByTestId('import-house-count').textContent())!)![1]);
  await expect(page.getByTestId('house-count')).toHaveText(`Netwerkkaart telt nu ${before} huizen.`);
  const panel = page.getByTestId('import-panel');
  await panel.locator('input[type=file]').setInputFiles({ name: 'antwoorden.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await panel.getByRole('button', { name: 'Controleren' }).click();
  await expect(panel).toHaveAttribute('data-step', 'checked');
  await expect(panel).toContainText('Nieuw huis: ‘Huis van het Kind Nieuwdorp’');
  await expect(panel).toContainText('Afkortingen gelezen');
  await saveScreenshots(page, 'import-huizen-voorbeeld');
  await panel.getByRole('button', { name: 'Importeren (3 wijzigingen)' }).click();
  await expect(panel).toHaveAttribute('data-step', 'done');
  await expect(page.getByTestId('import-house-count')).toContainText(`Er zijn nu ${before + 1} huizen.`);
  await expect(page.getByTestId('house-count')).toHaveText(`Netwerkkaart telt nu ${before + 1} huizen.`);
  const matrix = await readAnswerMatrix([...houses, `${houses[0]}-nieuw`]);
  expect(Object.fromEntries(matrix.map((h) => [h.id, h.answers]))).toEqual({
    [houses[0]]: { ocmw: 'kernpartner', 'centrum-voor-leerlingenbegeleiding-clb': 'niet_aanwezig' },
    [houses[1]]: { ocmw: 'gemiddeld', bibliotheek: 'nog_niet' },
    [`${houses[0]}-nieuw`]: { ocmw: 'minimaal' },
  });
});

test('Kind en Gezin downloads every answer as the many-houses file', async ({ playwright, baseURL }) => {
  const context = await signedIn(playwright, baseURL!, agency.email, agency.password);
  const response = await context.get('/api/antwoorden?formaat=csv');
  expect(response.status()).toBe(200);
  const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toMatch(/^Code;Huis van het Kind;Gemeenten;Provincie;Verstedelijkingsgraad;Agentschap Integratie en Inburgering;/);
  expect(lines.find((l) => l.startsWith(`${houses[0]};`))).toBeDefined();
  await context.dispose();
});
