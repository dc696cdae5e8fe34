import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './tests/e2e/chromium.mjs';

// `npm test` (scripts/test.mjs) builds the app into .next-test, starts Neo4j and passes the
// ports. Two app servers run: one on the test database, one pointed at a closed port so the
// "database unreachable" panel can be tested for real.
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const downPort = Number(process.env.E2E_DOWN_PORT ?? 3101);
const deadNeo4jPort = process.env.E2E_DEAD_NEO4J_PORT ?? '1';
const distDir = process.env.NEXT_DIST_DIR ?? '.next-test';
// Runs against another build folder (a second checkout's or a colleague's) keep their own
// artifacts: Playwright empties its output folder at the start of a run.
const runName = distDir === '.next-test' ? '' : `-${distDir.replace(/^\.next-?/, '') || 'next'}`;

export default defineConfig({
  testDir: 'tests',
  outputDir: `test-results/playwright${runName}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `test-results/playwright-results${runName}.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', testMatch: '**/*.spec.ts', use: { browserName: 'chromium' } },
    // The probes of issue 15 over HTTP and in the browser (tests/security/*.spec.ts).
    // Vitest runs the *.test.ts files of that folder.
    { name: 'security', testDir: 'tests/security', testMatch: '**/*.spec.ts', timeout: 300_000, use: { browserName: 'chromium' } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs -p ${appPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${appPort}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      // The tests stand in for a proxy on this machine: each request context names its own
      // client address in X-Forwarded-For (tests/security/http.ts), so the per-address limits of
      // one test never touch another. tests/security/client-address.spec.ts checks an untrusted peer.
      env: { ...process.env, NEXT_DIST_DIR: distDir, NETWERKKAART_TRUSTED_PROXIES: '127.0.0.1' } as Record<string, string>,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node scripts/serve.mjs -p ${downPort} -H 127.0.0.1`,
      // /api/health answers 503 here, so wait on a static page instead.
      url: `http://127.0.0.1:${downPort}/overzicht`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        ...process.env,
        NEXT_DIST_DIR: distDir,
        NEO4J_URI: `bolt://127.0.0.1:${deadNeo4jPort}`,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'unused',
        NEO4J_DATABASE: 'neo4j',
      } as Record<string, string>,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
