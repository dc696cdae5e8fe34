import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { findFreePort, readServerState } from '../../graph/server/local-neo4j.mjs';

// Issue 15, item 11: under `npm start`, when Neo4j died the whole app exited. Here `npm start`
// (scripts/start.mjs) runs with a data folder and ports of its own; its Neo4j is killed with
// kill -9. The app must stay up and show its Dutch panel, start Neo4j again by itself, and serve
// the data again without anyone restarting anything. And `npm run backup` must find that
// instance on its own port (it looked at 7687).
let dataDir: string;
let appPort: number;
let neo4jPort: number;
let start: ChildProcess | null = null;
let output = '';

const base = () => `http://127.0.0.1:${appPort}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(500);
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s.\n${output.slice(-3000)}`);
}

const health = async () => (await fetch(`${base()}/api/health`)).status;

test.beforeAll(async () => {
  test.setTimeout(420_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-crash-'));
  [appPort, neo4jPort] = [await findFreePort(), await findFreePort()];
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(appPort), NETWERKKAART_NEO4J_PORT: String(neo4jPort), NETWERKKAART_DATA_DIR: dataDir, NETWERKKAART_DEMO: '0', NETWERKKAART_NEO4J_RESTART_DELAY_MS: '30000', NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-test' };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'NETWERKKAART_TRUSTED_PROXIES']) delete env[key];
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c) => { output += c; });
  child.stderr!.on('data', (c) => { output += c; });
  start = child;
  await waitFor('npm start serving', async () => (await health()) === 200, 360_000);
});

test.afterAll(async () => {
  if (start && start.exitCode === null) {
    start.kill('SIGTERM');
    await new Promise((resolve) => start!.once('exit', resolve));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('npm run backup finds the running instance on its own port', async () => {
  const state = readServerState(path.join(dataDir, 'neo4j'));
  expect(state.port).toBe(neo4jPort);
  const env: NodeJS.ProcessEnv = { ...process.env, NETWERKKAART_DATA_DIR: dataDir };
  delete env.NETWERKKAART_NEO4J_PORT;
  const backup = spawnSync(process.execPath, ['scripts/neo4j-dump.mjs', 'backup'], { env, encoding: 'utf8' });
  expect(backup.status).toBe(1);
  expect(backup.stderr).toContain(`De lokale Neo4j draait nog (poort ${neo4jPort} antwoordt)`);
});

test('a Neo4j killed with kill -9: the app stays up with its panel, and recovers by itself', async ({ page }) => {
  test.setTimeout(300_000);
  const before = readServerState(path.join(dataDir, 'neo4j'));
  process.kill(before.pid, 'SIGKILL');
  await waitFor('the health check to report the database down', async () => (await health()) === 503, 30_000);

  // The app still answers, in Dutch (npm start waits 30 s before it restarts Neo4j here: with its
  // default 1 s, a slow page load on a busy machine met a database that was already back).
  await page.goto(`${base()}/catalogus`);
  const panel = page.locator('section[role=alert]');
  await expect(panel).toContainText('De databank is niet bereikbaar');
  mkdirSync(path.resolve('test-results', 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.resolve('test-results', 'screenshots', 'neo4j-down-1280.png') });
  expect(start!.exitCode).toBeNull();

  // … and comes back without anyone restarting it.
  const recovered = await waitFor('recovery', async () => (await health()) === 200, 240_000);
  console.log(`recovered ${(recovered / 1000).toFixed(0)} s after the database was reported down`);
  await page.goto(`${base()}/catalogus`);
  await expect(page.locator('section[role=alert]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const after = readServerState(path.join(dataDir, 'neo4j'));
  expect(after.pid).not.toBe(before.pid);
  expect(after.port).toBe(neo4jPort);
  expect(output).toContain('Neo4j stopped unexpectedly');
  expect(output).toContain('Neo4j is back');
  // Better Auth found its base URL (item 13): no warning once it is in use.
  await fetch(`${base()}/api/auth/sign-in/email`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: base() }, body: JSON.stringify({ email: 'niemand@voorbeeld.be', password: 'verkeerd-wachtwoord' }) });
  expect(output).not.toContain('Base URL is not set');
});
