// The local Neo4j that `npm start`, `npm run dev` and `npm test` run when no NEO4J_URI is given.
// Plain ESM JavaScript (no TypeScript) so the start and test scripts can use it before anything
// is compiled. The server itself is graph/server (a Maven project, org.neo4j:neo4j embedded).
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const jar = path.join(serverDir, 'target', 'graph-server-1.0.0.jar');
const libDir = path.join(serverDir, 'target', 'lib');
const stampFile = path.join(serverDir, 'target', 'source.sha256');
// A fresh store on a busy machine (several test runs sharing two cores) can take minutes to open.
const READY_TIMEOUT_MS = 180_000;

/** Hash of everything the server build depends on, so an unchanged server is not rebuilt. */
function sourceHash() {
  const hash = createHash('sha256');
  const files = [path.join(serverDir, 'pom.xml'), ...listFiles(path.join(serverDir, 'src'))].sort();
  for (const file of files) hash.update(file.slice(serverDir.length)).update(readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

export function serverIsBuilt() {
  return existsSync(jar) && existsSync(libDir) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceHash();
}

/** Fetches Neo4j from Maven Central and compiles the launcher, unless that was already done. */
export function ensureServerBuilt(log = console.log) {
  if (serverIsBuilt()) return;
  log('Neo4j Community 5.26 ophalen uit Maven Central en de server bouwen (eenmalig, ~1 minuut) ...');
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-DskipTests'], { cwd: serverDir, stdio: 'inherit' });
  if (result.error || result.status !== 0) {
    throw new Error(`Building the Neo4j server failed (mvn exit ${result.status ?? result.error?.message}). Is Maven installed and Maven Central reachable?`);
  }
  writeFileSync(stampFile, sourceHash());
}

/** The password of the local server: random on first start, kept with mode 0600. */
export function ensurePassword(passwordFile) {
  if (!existsSync(passwordFile)) {
    mkdirSync(path.dirname(passwordFile), { recursive: true });
    writeFileSync(passwordFile, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
  }
  chmodSync(passwordFile, 0o600);
  return readFileSync(passwordFile, 'utf8').trim();
}

/**
 * Which port and process the server of a data folder uses, kept in the folder itself
 * (<home>/netwerkkaart-server.json), so `npm run backup` finds the instance of that folder
 * whatever port it was started on. `pid` is null once it stopped cleanly.
 */
export function serverStateFile(home) {
  return path.join(home, 'netwerkkaart-server.json');
}

export function readServerState(home) {
  try {
    return JSON.parse(readFileSync(serverStateFile(home), 'utf8'));
  } catch {
    return null;
  }
}

/** Whether the process of a state file still runs this folder's server (not another one that got its pid). */
export function serverProcessAlive(state) {
  if (!state?.pid) return false;
  try {
    process.kill(state.pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${state.pid}/cmdline`, 'utf8').includes('GraphServer');
  } catch {
    return true; // no /proc: assume it is ours
  }
}

export function portIsFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether something on this machine accepts a connection on the port within a second. */
export function boltAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Starts Neo4j with its data under `home` and Bolt on 127.0.0.1:`port`, and resolves once Bolt
 * answers. Rejects with a clear message when the port is taken or the server is not up within
 * three minutes. The returned `stop()` shuts the database down cleanly (SIGTERM runs its shutdown hook).
 */
export async function startNeo4j({ home, port, passwordFile, log = console.log, quiet = false }) {
  if (!(await portIsFree(port))) {
    throw new Error(
      `Port ${port} is already in use, so Neo4j cannot listen on it. Stop the program that uses it, or set NETWERKKAART_NEO4J_PORT to another port.`,
    );
  }
  const password = ensurePassword(passwordFile);
  mkdirSync(home, { recursive: true });
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(
    java,
    [
      '-Xms512m',
      '-Xmx1g',
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      `${jar}${path.delimiter}${path.join(libDir, '*')}`,
      'be.netwerkkaart.graphserver.GraphServer',
      home,
      String(port),
      passwordFile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );

  let output = '';
  let exited = null;
  const exitPromise = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );
  const ready = new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('NEO4J_READY')) resolve(true);
    });
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    if (!quiet) process.stderr.write(chunk);
  });

  const started = Date.now();
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
  });
  const outcome = await Promise.race([ready, exitPromise, timeout]);
  clearTimeout(timer);
  if (outcome !== true || !(await boltAnswers(port))) {
    child.kill('SIGKILL');
    const why =
      outcome === 'timeout'
        ? `did not answer on Bolt within ${READY_TIMEOUT_MS / 1000} seconds`
        : `stopped during startup (exit ${exited?.code ?? exited?.signal})`;
    throw new Error(`Neo4j ${why}. See ${path.join(home, 'logs', 'debug.log')}.\n${output.slice(-2000)}`);
  }
  log(`Neo4j is up on bolt://127.0.0.1:${port} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  writeFileSync(serverStateFile(home), JSON.stringify({ port, pid: child.pid, startedAt: new Date().toISOString() }) + '\n');
  exitPromise.then(() => {
    try {
      const state = readServerState(home);
      if (state?.pid === child.pid) writeFileSync(serverStateFile(home), JSON.stringify({ ...state, pid: null }) + '\n');
    } catch {
      // the folder is gone (a test's temporary one): nothing to record
    }
  });

  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    database: 'neo4j',
    process: child,
    exited: exitPromise,
    async stop() {
      if (exited) return exited;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const result = await exitPromise;
      clearTimeout(killer);
      return result;
    },
  };
}
