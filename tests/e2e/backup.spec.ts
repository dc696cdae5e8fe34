import { expect, test } from '@playwright/test';
import { closeDriver } from '@/graph/driver';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { signIn } from './house-map-support';
import { signedIn } from '../security/http';
import { saveScreenshots } from './screenshot';

let admin: TestUser;
let agency: TestUser;

test.beforeAll(async () => {
  admin = await createTestUser('beheerder', [], 'Beheerder Back-up');
  agency = await createTestUser('kind_en_gezin', [], 'Kind en Gezin Back-up');
});
test.afterAll(async () => {
  await deleteUsers([admin.id, agency.id]);
  await closeDriver();
});

test('the beheerder downloads the full backup; a restore into a database with data is refused in Dutch', async ({ page }) => {
  await signIn(page, admin, '/beheer');
  await page.getByRole('link', { name: 'Back-up', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Back-up', exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Back-up downloaden' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^netwerkkaart-backup-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(path, 'utf8');
  const backup = JSON.parse(text);
  expect(backup).toMatchObject({ format: 'netwerkkaart-backup', version: 1, createdBy: admin.email });
  expect(backup.counts.House).toBeGreaterThan(0);
  expect(text).not.toMatch(/"(password|token|tokenHash)"/i);

  const panel = page.getByTestId('restore-panel');
  await expect(panel).toContainText('Een back-up wordt alleen in een lege databank teruggezet');
  await expect(panel.getByRole('button', { name: 'Terugzetten' })).toBeDisabled();
  await saveScreenshots(page, 'beheer-backup');
});

test('the restore route refuses a database with data, and other roles', async ({ playwright, baseURL }) => {
  const beheerder = await signedIn(playwright, baseURL!, admin.email, admin.password);
  const body = JSON.stringify({ format: 'netwerkkaart-backup', version: 1, createdAt: new Date().toISOString(), createdBy: null, schemaVersion: 1, counts: {}, nodes: [], relationships: [] });
  const response = await beheerder.post('/api/beheer/backup', { multipart: { bestand: { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(body) } } });
  const events = (await response.text()).trim().split('\n').map((l) => JSON.parse(l));
  expect(events.at(-1)).toMatchObject({ type: 'error', status: 409, message: expect.stringMatching(/^De databank is niet leeg: ze bevat al \d+ huizen/) });
  const notABackup = await beheerder.post('/api/beheer/backup', { multipart: { bestand: { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from('{}') } } });
  expect(notABackup.status()).toBe(400);
  expect((await notABackup.json()).message).toBe('Dit bestand is geen back-up van Netwerkkaart.');
  const agencyContext = await signedIn(playwright, baseURL!, agency.email, agency.password);
  expect((await agencyContext.get('/api/beheer/backup')).status()).toBe(403);
  expect((await agencyContext.post('/api/beheer/backup', { multipart: { bestand: { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(body) } } })).status()).toBe(403);
  await Promise.all([beheerder.dispose(), agencyContext.dispose()]);
});
