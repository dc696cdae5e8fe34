import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readTx } from '@/graph/session';
import { prepareNginx } from '../support/nginx-site';
import { findFreePort } from '../../graph/server/local-neo4j.mjs';
import { createTestUser, deleteUsers, TEST_PASSWORD, type TestUser } from '../support/test-users';
import { createSecurityFixture, removeSecurityFixture, type SecurityFixture } from './fixture';
import { rawRequest, signInAttempt } from './raw-http';

// Issue 15, item 2 (and 7, 13) with a real nginx in front: Debian's nginx, run in the foreground
// with deploy/nginx/netwerkkaart.conf (the file the README tells to install), a certificate made
// here with openssl, and an app server of its own started as the README says
// (NETWERKKAART_URL=https://…, NETWERKKAART_TRUSTED_PROXIES=127.0.0.1). Through nginx: the
// client's real address counts whatever X-Forwarded-For it sends, cookies are Secure, HSTS is
// sent, the workshop stream is not buffered, and a browser signs in and works.
let dir: string;
let nginx: ChildProcess | null = null;
let app: ChildProcess | null = null;
let appOutput = '';
let nginxOutput = '';
let httpsPort: number;
let httpPort: number;
let user: TestUser;
let fixture: SecurityFixture;
const origin = () => `https://127.0.0.1:${httpsPort}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-nginx-'));
  [httpsPort, httpPort] = [await findFreePort(), await findFreePort()];
  const appPort = await findFreePort();
  // One app process here (the second process of the example is bench/workshop-day.ts's).
  const nginxArgs = prepareNginx({ dir, appPorts: [appPort], httpsPort, httpPort, connections: 256 });

  // The app as the README says to run it behind nginx.
  app = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(appPort), '-H', '127.0.0.1'], {
    env: { ...process.env, NETWERKKAART_URL: origin(), NETWERKKAART_TRUSTED_PROXIES: '127.0.0.1', NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (c) => { appOutput += c; });
  app.stderr!.on('data', (c) => { appOutput += c; });
  nginx = spawn('nginx', nginxArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr!.on('data', (c) => { nginxOutput += c; });
  for (let i = 0; ; i++) {
    const ok = await rawRequest(`${origin()}/api/health`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (i > 200) throw new Error(`nginx + app did not answer.\n${nginxOutput}\n${appOutput.slice(-2000)}`);
    await sleep(500);
  }
  user = await createTestUser('coordinator', [], 'Nginx Test');
  fixture = await createSecurityFixture('nginx');
});

test.afterAll(async () => {
  for (const child of [nginx, app]) {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
  if (user) await deleteUsers([user.id]);
  await removeSecurityFixture(fixture);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('plain http is sent to https', async () => {
  const response = await rawRequest(`http://127.0.0.1:${httpPort}/aanmelden`);
  expect(response.status).toBe(301);
  expect(response.headers.location).toBe(`${origin()}/aanmelden`);
});

test('a browser signs in over https: Secure cookies, HSTS, CSP, and no violation', async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  const first = await page.goto(`${origin()}/aanmelden`);
  const headers = first!.headers();
  expect(headers['strict-transport-security']).toBe('max-age=31536000');
  expect(headers['content-security-policy']).toContain('upgrade-insecure-requests');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/aanmelden'));
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith('netwerkkaart.session_token'));
  expect(session?.name).toBe('__Secure-netwerkkaart.session_token');
  expect(session?.secure).toBe(true);
  expect(cookies.find((c) => c.name.endsWith('netwerkkaart.apparaat'))?.secure).toBe(true);
  await page.goto(`${origin()}/catalogus`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
  // Better Auth knows its base URL (item 13).
  expect(appOutput).not.toContain('Base URL is not set');
});

test('the address that counts is the one nginx saw, whatever X-Forwarded-For the client sends', async () => {
  const response = await signInAttempt(origin(), `niemand-${Date.now()}@voorbeeld.be`, 'verkeerd-wachtwoord', { localAddress: '127.0.0.3', forwardedFor: '203.0.113.99' });
  expect(response.status).toBe(401);
  const keys = await readTx(async (tx) => (await tx.run("MATCH (t:LoginThrottle) WHERE t.key IN ['address:127.0.0.3', 'address:203.0.113.99'] AND size(t.attempts) > 0 RETURN collect(t.key) AS keys")).records[0].get('keys'));
  expect(keys).toEqual(['address:127.0.0.3']);
});

test('the workshop stream comes through nginx unbuffered', async () => {
  const code = fixture.workshops[fixture.houseA];
  const started = Date.now();
  const first = await new Promise<string>((resolve, reject) => {
    const request = https.get(`${origin()}/workshop/${code}/stream`, { headers: { Cookie: `netwerkkaart.deelnemer=${fixture.participantTokens[fixture.houseA]}` }, rejectUnauthorized: false }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`));
      response.once('data', (chunk: Buffer) => { resolve(chunk.toString('utf8')); request.destroy(); });
    });
    request.on('error', (e) => { if (!/aborted|socket hang up/.test(String(e))) reject(e); });
  });
  expect(first).toMatch(/retry: 2000|event:|data:|^:/m);
  expect(Date.now() - started).toBeLessThan(5_000);
});
