// npm run backup / npm run restore: a consistent dump of the local Neo4j (the one `npm start` runs,
// data in .data/neo4j) with Neo4j's own tool, neo4j-admin (org.neo4j.cli.AdminTool, in the server's
// jars under graph/server/target/lib), and loading one back.
//
//   npm run backup                 → .data/backups/<yyyy-mm-dd-hh-mm-ss>.dump
//   npm run restore                → loads the newest dump in .data/backups/
//   npm run restore -- <file.dump> → loads that dump
//
// Neo4j Community dumps and loads a database only while it is offline, so both refuse while the
// local server answers on its port: stop `npm start` (Ctrl-C) first. A restore first dumps the
// current data to .data/backups/<time>-voor-restore.dump, so a wrong restore can be undone.
// NETWERKKAART_DATA_DIR (default .data) points the script at another data folder, e.g. a copy;
// the port is the one that folder's server was started on (or NETWERKKAART_NEO4J_PORT).
// The JSON backup of Beheer › Back-up works on any server.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { boltAnswers, ensureServerBuilt, readServerState, serverProcessAlive } from '../graph/server/local-neo4j.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, process.env.NETWERKKAART_DATA_DIR ?? '.data');
const home = path.join(dataDir, 'neo4j');
const backupsDir = path.join(dataDir, 'backups');
// The port the folder's own server was last started on (graph/server/local-neo4j.mjs records
// it), unless NETWERKKAART_NEO4J_PORT says otherwise: an instance started on another port is
// found too.
const state = readServerState(home);
const port = Number(process.env.NETWERKKAART_NEO4J_PORT ?? state?.port ?? 7687);
const libDir = path.join(root, 'graph', 'server', 'target', 'lib');
const DATABASE = 'neo4j';

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** Runs neo4j-admin with NEO4J_HOME at the local server's home; resolves with its exit code. */
function neo4jAdmin(args, { stdin } = {}) {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  return new Promise((resolve, reject) => {
    const child = spawn(java, ['-Xmx512m', '-cp', path.join(libDir, '*'), 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') },
      stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c) => {
      output += c;
    });
    child.stderr.on('data', (c) => {
      output += c;
    });
    if (stdin) createReadStream(stdin).pipe(child.stdin);
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

function stamp() {
  return new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

async function refuseWhileRunning() {
  const stopFirst =
    'Neo4j Community kan een databank alleen offline dumpen of laden:\n' + 'stop eerst `npm start` of `npm run dev` (Ctrl-C) en probeer dan opnieuw.';
  if (await boltAnswers(port)) fail(`De lokale Neo4j draait nog (poort ${port} antwoordt). ${stopFirst}`);
  // Started on another port than the one asked for, or not answering yet: its process tells.
  if (serverProcessAlive(state) || (state?.port && (await boltAnswers(state.port)))) {
    fail(`De lokale Neo4j draait nog (proces ${state.pid ?? '?'}, poort ${state.port}). ${stopFirst}`);
  }
  if (!existsSync(path.join(home, 'data', 'databases', DATABASE)))
    fail(`Er is geen lokale databank in ${home}. Start Netwerkkaart eerst één keer met npm start.`);
}

/** Dumps the local database to .data/backups/<name>.dump; returns the file. */
async function dump(name) {
  mkdirSync(backupsDir, { recursive: true });
  const work = mkdtempSync(path.join(backupsDir, '.dump-'));
  try {
    const { code, output } = await neo4jAdmin(['database', 'dump', DATABASE, `--to-path=${work}`]);
    if (code !== 0) fail(`neo4j-admin database dump mislukte (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
    const file = path.join(backupsDir, `${name}.dump`);
    renameSync(path.join(work, `${DATABASE}.dump`), file);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function newestDump() {
  if (!existsSync(backupsDir)) return null;
  const dumps = readdirSync(backupsDir)
    .filter((f) => f.endsWith('.dump') && !f.includes('voor-restore'))
    .map((f) => path.join(backupsDir, f));
  return dumps.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
}

async function backup() {
  await refuseWhileRunning();
  const started = Date.now();
  const file = await dump(stamp());
  console.log(
    `Back-up gemaakt: ${path.relative(root, file)} (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  console.log('Terugzetten: npm run restore (de nieuwste) of npm run restore -- <bestand.dump>.');
}

async function restore(given) {
  const file = given ? path.resolve(given) : newestDump();
  if (!file)
    fail(`Geen dump gevonden in ${path.relative(root, backupsDir)}/. Maak er een met npm run backup, of geef een bestand: npm run restore -- <bestand.dump>.`);
  if (!existsSync(file)) fail(`Het bestand ${file} bestaat niet.`);
  await refuseWhileRunning();
  const started = Date.now();
  const safety = await dump(`${stamp()}-voor-restore`);
  console.log(`De huidige gegevens staan eerst veilig in ${path.relative(root, safety)}.`);
  const { code, output } = await neo4jAdmin(['database', 'load', DATABASE, '--from-stdin', '--overwrite-destination=true'], { stdin: file });
  if (code !== 0)
    fail(
      `neo4j-admin database load mislukte (exit ${code}); de databank is ongewijzigd of staat in ${path.relative(root, safety)}:\n${output.trim().split('\n').slice(-15).join('\n')}`,
    );
  console.log(`Teruggezet: ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(1)} s). Start Netwerkkaart opnieuw met npm start.`);
}

const [command, argument] = process.argv.slice(2);
ensureServerBuilt();
if (command === 'backup') await backup();
else if (command === 'restore') await restore(argument);
else fail('Gebruik: node scripts/neo4j-dump.mjs backup | restore [bestand.dump]');
