// Installs whatever a fresh clone is missing, before `npm start` / `npm test` run.
// Runs as the `prestart` / `pretest` hook, so on a fresh clone it runs on the machine's own
// Node (20); everything after it runs on the Node 24 that the `node` devDependency provides.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const forTests = process.argv.includes('--test');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error || result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(1);
  }
}

function ensureNpmPackages() {
  const lock = path.join(root, 'package-lock.json');
  const stamp = path.join(root, 'node_modules', '.netwerkkaart-lock.sha256');
  const wanted = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log('• npm packages installeren (npm ci) ...');
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, wanted);
}

async function ensureNeo4jServer() {
  if (process.env.NEO4J_URI && !forTests) return; // an external server: nothing to build
  const { ensureServerBuilt } = await import('../graph/server/local-neo4j.mjs');
  ensureServerBuilt((line) => console.log(`• ${line}`));
}

// Debian's chromium for the end-to-end tests, poppler's pdftoppm, which renders the workshop
// report's PDF pages to PNG for review, and nginx, which tests/security/nginx.spec.ts runs in
// front of the app (in the foreground, on a free port, with a configuration of its own; the
// package's own service is not needed): one apt-get call for whatever is missing.
function ensureChromium() {
  const wanted = [
    ['/usr/bin/chromium', ['chromium', 'fonts-dejavu-core']],
    ['/usr/bin/pdftoppm', ['poppler-utils']],
    ['/usr/sbin/nginx', ['nginx']],
  ]
    .filter(([binary]) => !existsSync(binary))
    .flatMap(([, packages]) => packages);
  if (wanted.length === 0) return;
  console.log(`• Debian-pakketten installeren voor de end-to-end tests (${wanted.join(', ')}) ...`);
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (args) => (asRoot.length ? run(asRoot[0], [...asRoot.slice(1), 'apt-get', ...args]) : run('apt-get', args));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', '-o', 'Dpkg::Options::=--force-confold', ...wanted]);
}

ensureNpmPackages();
await ensureNeo4jServer();
if (forTests) ensureChromium();
