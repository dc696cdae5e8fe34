// `npm start` / `npm run dev`: the local Neo4j (unless NEO4J_URI is set), the schema and
// catalogue, then the app on http://localhost:3000. Ctrl-C stops the app and Neo4j cleanly.
// When the local Neo4j dies, the app stays up (its pages show the Dutch "databank niet
// bereikbaar" panel) and Neo4j is started again, with growing pauses between tries; the app's
// driver reconnects by itself once it answers.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { portIsFree, startNeo4j } from '../graph/server/local-neo4j.mjs';
import { ensureAppBuilt } from './app-build.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dev = process.argv.includes('--dev');
const appPort = Number(process.env.PORT ?? 3000);
// NETWERKKAART_DATA_DIR: another data folder (as `npm run backup` takes it), e.g. for a copy.
const dataDir = path.resolve(root, process.env.NETWERKKAART_DATA_DIR ?? '.data');
const children = [];
let neo4j = null;
/** A restart of Neo4j under way: Ctrl-C waits for it and stops what it started. */
let restarting = null;
let stopping = false;

/**
 * Pauses before restarting a crashed Neo4j: 1 s, 2 s, 4 s … at most 30 s; back to the first after a
 * minute up. NETWERKKAART_NEO4J_RESTART_DELAY_MS sets the first pause (the crash test holds the
 * database down long enough to see the app's panel, whatever the machine's load).
 */
const FIRST_RESTART_DELAY_MS = Number(process.env.NETWERKKAART_NEO4J_RESTART_DELAY_MS) || 1_000;
const RESTART_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000].map((ms) => Math.max(ms, FIRST_RESTART_DELAY_MS));
const STABLE_AFTER_MS = 60_000;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const restarted = restarting ? await restarting.catch(() => null) : null;
  for (const server of new Set([neo4j, restarted].filter(Boolean))) {
    console.log('Stopping Neo4j ...');
    await server.stop();
    console.log('Neo4j stopped.');
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function fail(message) {
  console.error(`\n✗ ${message}`);
  return stopAll(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watches the local Neo4j: when it stops without being asked to, it is started again on the same
 * port and data, after a pause that grows with each failed try. Only `stopAll` ends this.
 */
function superviseNeo4j(options) {
  let failures = 0;
  const watch = (server) => {
    const upSince = Date.now();
    server.exited.then(async ({ code, signal }) => {
      if (stopping) return;
      if (Date.now() - upSince > STABLE_AFTER_MS) failures = 0;
      for (;;) {
        const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)];
        failures += 1;
        console.error(
          `\n! Neo4j stopped unexpectedly (exit ${code ?? signal}); the app stays up and shows that the database is unreachable. Restarting Neo4j in ${delay / 1000} s (try ${failures}) ...`,
        );
        await sleep(delay);
        if (stopping) return;
        try {
          restarting = startNeo4j(options);
          neo4j = await restarting;
          restarting = null;
          if (stopping) return; // stopAll stops it
          console.log('Neo4j is back; the app reconnects by itself.');
          watch(neo4j);
          return;
        } catch (error) {
          restarting = null;
          console.error(
            `! Restarting Neo4j failed: ${error instanceof Error ? error.message.split('\n')[0] : error}. See ${path.join(options.home, 'logs', 'debug.log')}.`,
          );
        }
      }
    });
  };
  watch(neo4j);
}

async function main() {
  if (!(await portIsFree(appPort, '0.0.0.0'))) {
    return fail(`Port ${appPort} is already in use, so the app cannot start. Stop the program that uses it, or start with PORT=<another port> npm start.`);
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.NEO4J_URI) {
    console.log(`Using the Neo4j server at ${process.env.NEO4J_URI} (NEO4J_URI is set; no local server started).`);
  } else {
    const port = Number(process.env.NETWERKKAART_NEO4J_PORT ?? 7687);
    const options = { home: path.join(dataDir, 'neo4j'), port, passwordFile: path.join(dataDir, 'neo4j-password') };
    console.log(`Starting the local Neo4j (data in ${path.relative(root, options.home)}, Bolt on 127.0.0.1:${port}) ...`);
    neo4j = await startNeo4j(options);
    superviseNeo4j(options);
    Object.assign(env, {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      NETWERKKAART_LOCAL_NEO4J: '1',
    });
  }

  const setup = spawnSync('tsx', ['scripts/setup-database.ts'], { cwd: root, stdio: 'inherit', env });
  if (setup.status !== 0) return fail('Preparing the database failed (see above).');

  // While no beheerder exists: the one-time link that creates the admin account, shown last.
  const adminLink = spawnSync('tsx', ['scripts/admin-setup-link.ts', `http://localhost:${appPort}`], { cwd: root, env, encoding: 'utf8' });
  if (adminLink.status !== 0) process.stderr.write(adminLink.stderr);

  if (!dev) ensureAppBuilt({ distDir: process.env.NEXT_DIST_DIR || '.next', env });
  // The app's own server in front of Next.js: it decides the client address from the socket.
  const app = spawn(process.execPath, ['scripts/serve.mjs', ...(dev ? ['--dev'] : []), '-p', String(appPort)], { cwd: root, stdio: 'inherit', env });
  children.push(app);
  app.on('exit', (code) => {
    if (!stopping) fail(`The app stopped (exit ${code}).`);
  });
  console.log(`\nNetwerkkaart ${dev ? '(development) ' : ''}runs on http://localhost:${appPort}  ·  Ctrl-C stops the app and Neo4j.`);
  if (adminLink.stdout.trim()) console.log(adminLink.stdout);
  if (env.NETWERKKAART_DEMO === '1' || (!process.env.NEO4J_URI && env.NETWERKKAART_DEMO !== '0')) {
    console.log('Demo mode: sign in at /aanmelden with one of the demo accounts listed there.\n');
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
