// `npm test`: unit, integration (real Neo4j on a free port in a temporary folder) and end-to-end
// (Playwright in Debian's Chromium). Ends with one summary line and a non-zero exit on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort, startNeo4j } from '../graph/server/local-neo4j.mjs';
import { ensureAppBuilt } from './app-build.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const resultsDir = path.join(root, 'test-results');
const DIST_DIR = '.next-test';
mkdirSync(resultsDir, { recursive: true });

function step(title) {
  console.log(`\n━━ ${title}`);
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// `npm test -- --only=vitest|e2e [filter ...]` runs one layer, or the files matching the filters,
// on the same harness (build, temporary Neo4j); plain `npm test` runs everything.
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? null;
const filters = args.filter((a) => !a.startsWith('--'));
const runVitest = only === null || only === 'vitest';
const runE2e = only === null || only === 'e2e';

const summary = [];
let neo4j = null;
let tempHome = null;
let crashed = null;

try {
  // The test database runs in demo mode: the 116 demo houses (and later the demo accounts).
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NETWERKKAART_DEMO: '1' };

  // First the static checks (plain `npm test` only; a chosen layer or file skips them): ESLint,
  // knip (dead code, unused dependencies), Prettier (format) and the layer rules of
  // docs/architecture.md (scripts/check-architecture.mjs). Each failing check counts as one
  // failure, and the tests still run, so one run shows everything.
  if (only === null && filters.length === 0) {
    step('Lint: ESLint, knip, Prettier, layer rules');
    const checks = [
      ['ESLint', 'eslint', ['.']],
      ['knip', 'knip', []],
      ['Prettier', 'prettier', ['--check', '--log-level=warn', '.']],
      ['layer rules', process.execPath, ['scripts/check-architecture.mjs']],
    ];
    const failedChecks = checks.filter(([, command, commandArgs]) => !run(command, commandArgs, process.env)).map(([name]) => name);
    summary.push({ name: 'lint', passed: checks.length - failedChecks.length, failed: failedChecks.length });
    if (failedChecks.length > 0) console.log(`  ✗ failed: ${failedChecks.join(', ')}`);
  }

  if (runE2e) {
    step('Build the app for the end-to-end tests');
    ensureAppBuilt({ distDir: DIST_DIR, env });
  }

  step('Start a temporary Neo4j');
  tempHome = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-test-'));
  neo4j = await startNeo4j({
    home: path.join(tempHome, 'neo4j'),
    port: await findFreePort(),
    passwordFile: path.join(tempHome, 'neo4j-password'),
    quiet: true,
  });
  Object.assign(env, {
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  });
  if (!run('tsx', ['scripts/setup-database.ts'], env)) throw new Error('Preparing the test database failed.');

  if (runVitest) {
    step('Unit and integration tests (Vitest)');
    const vitestFile = path.join(resultsDir, 'vitest-results.json');
    rmSync(vitestFile, { force: true });
    run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`, ...filters], env);
    const vitest = readJson(vitestFile);
    summary.push({
      name: 'unit + integration',
      passed: vitest?.numPassedTests ?? 0,
      failed: vitest ? vitest.numFailedTests + (vitest.numRuntimeErrors ?? 0) + (vitest.success ? 0 : vitest.numFailedTests === 0 ? 1 : 0) : 1,
      skipped: (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0),
    });
  }

  if (runE2e) {
    step('End-to-end tests (Playwright, Debian Chromium)');
    const [appPort, downPort, deadPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    const playwrightFile = path.join(resultsDir, 'playwright-results.json');
    rmSync(playwrightFile, { force: true });
    run('playwright', ['test', ...filters], {
      ...env,
      NEXT_DIST_DIR: DIST_DIR,
      E2E_APP_PORT: String(appPort),
      E2E_DOWN_PORT: String(downPort),
      E2E_DEAD_NEO4J_PORT: String(deadPort),
    });
    const playwright = readJson(playwrightFile);
    summary.push({
      name: 'end-to-end',
      passed: playwright?.stats?.expected ?? 0,
      failed: playwright ? playwright.stats.unexpected + playwright.stats.flaky + (playwright.errors?.length ?? 0) : 1,
      skipped: playwright?.stats?.skipped ?? 0,
    });
  }
} catch (error) {
  crashed = error instanceof Error ? error.message : String(error);
} finally {
  if (neo4j) await neo4j.stop();
  if (tempHome && existsSync(tempHome)) rmSync(tempHome, { recursive: true, force: true });
}

console.log('\n━━ Summary');
for (const s of summary) console.log(`  ${s.name.padEnd(20)} ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
if (crashed) console.log(`  ✗ the run stopped early: ${crashed}`);
const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0) + (crashed ? 1 : 0);
console.log(`\nResult: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
