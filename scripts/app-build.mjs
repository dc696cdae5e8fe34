// Builds the Next.js app only when its sources changed since the last build in that folder.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCE_DIRS = ['app', 'components', 'lib', 'graph', 'seed', 'public'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'tsconfig.json', 'postcss.config.mjs', 'proxy.ts', 'instrumentation-client.ts'];
const SKIP = new Set(['node_modules', 'target', '.next', '.next-test']);

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function sourceHash() {
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRS.flatMap((d) => listFiles(path.join(root, d))), ...SOURCE_FILES.map((f) => path.join(root, f))]
    .filter((f) => existsSync(f))
    .sort();
  for (const file of files) hash.update(path.relative(root, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/** Runs `next build` into `distDir` unless the sources equal those of the last build there. */
export function ensureAppBuilt({ distDir = '.next', env = process.env, log = console.log } = {}) {
  const stamp = path.join(root, distDir, 'netwerkkaart-build.sha256');
  const wanted = sourceHash();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
    log('App unchanged since the last build: skipping next build.');
    return;
  }
  log('Building the app (next build) ...');
  const result = spawnSync('next', ['build'], { cwd: root, stdio: 'inherit', env: { ...env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.error || result.status !== 0) throw new Error(`next build failed (${result.error?.message ?? `exit ${result.status}`}).`);
  writeFileSync(stamp, wanted);
}
