// `npm start` / `npm run dev`: the local Neo4j (unless NEO4J_URI is set), the schema and
// catalogue, then the app on http://localhost:3000. Ctrl-C stops the app and Neo4j cleanly.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { portIsFree, startNeo4j } from '../graph/server/local-neo4j.mjs';
import { ensureAppBuilt } from './app-build.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dev = process.argv.includes('--dev');
const appPort = Number(process.env.PORT ?? 3000);
const children = [];
let neo4j = null;
let stopping = false;

async function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  if (neo4j) {
    console.log('Stopping Neo4j ...');
    await neo4j.stop();
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

async function main() {
  if (!(await portIsFree(appPort, '0.0.0.0'))) {
    return fail(`Port ${appPort} is already in use, so the app cannot start. Stop the program that uses it, or start with PORT=<another port> npm start.`);
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (process.env.NEO4J_URI) {
    console.log(`Using the Neo4j server at ${process.env.NEO4J_URI} (NEO4J_URI is set; no local server started).`);
  } else {
    const port = Number(process.env.NETWERKKAART_NEO4J_PORT ?? 7687);
    console.log(`Starting the local Neo4j (data in .data/neo4j, Bolt on 127.0.0.1:${port}) ...`);
    neo4j = await startNeo4j({
      home: path.join(root, '.data', 'neo4j'),
      port,
      passwordFile: path.join(root, '.data', 'neo4j-password'),
    });
    neo4j.exited.then(({ code, signal }) => { if (!stopping) fail(`Neo4j stopped unexpectedly (exit ${code ?? signal}). See .data/neo4j/logs/debug.log.`); });
    Object.assign(env, {
      NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database, NETWERKKAART_LOCAL_NEO4J: '1',
    });
  }

  const setup = spawnSync('tsx', ['scripts/setup-database.ts'], { cwd: root, stdio: 'inherit', env });
  if (setup.status !== 0) return fail('Preparing the database failed (see above).');

  // While no beheerder exists: the one-time link that creates the admin account, shown last.
  const adminLink = spawnSync('tsx', ['scripts/admin-setup-link.ts', `http://localhost:${appPort}`], { cwd: root, env, encoding: 'utf8' });
  if (adminLink.status !== 0) process.stderr.write(adminLink.stderr);

  if (!dev) ensureAppBuilt({ env });
  // The app's own server in front of Next.js: it decides the client address from the socket.
  const app = spawn(process.execPath, ['scripts/serve.mjs', ...(dev ? ['--dev'] : []), '-p', String(appPort)], { cwd: root, stdio: 'inherit', env });
  children.push(app);
  app.on('exit', (code) => { if (!stopping) fail(`The app stopped (exit ${code}).`); });
  console.log(`\nNetwerkkaart ${dev ? '(development) ' : ''}runs on http://localhost:${appPort}  ·  Ctrl-C stops the app and Neo4j.`);
  if (adminLink.stdout.trim()) console.log(adminLink.stdout);
  if (env.NETWERKKAART_DEMO === '1' || (!process.env.NEO4J_URI && env.NETWERKKAART_DEMO !== '0')) {
    console.log('Demo mode: sign in at /aanmelden with one of the demo accounts listed there.\n');
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
