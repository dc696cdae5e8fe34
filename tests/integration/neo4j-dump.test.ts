import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, startNeo4j } from '../../graph/server/local-neo4j.mjs';

// npm run backup / npm run restore against a local server of its own (a temporary data folder and
// port, never the developer's .data): neo4j-admin dumps and loads the store for real.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-dump-'));
let port = 0;
let server: Awaited<ReturnType<typeof startNeo4j>> | null = null;

async function start() {
  server = await startNeo4j({ home: path.join(dataDir, 'neo4j'), port, passwordFile: path.join(dataDir, 'password'), quiet: true, log: () => {} });
}

async function stop() {
  await server?.stop();
  server = null;
}

async function query(cypher: string): Promise<unknown[]> {
  const driver = neo4j.driver(server!.uri, neo4j.auth.basic(server!.user, server!.password), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j' });
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

function npmRun(script: 'backup' | 'restore', ...args: string[]) {
  return spawnSync('node', ['scripts/neo4j-dump.mjs', script, ...args], {
    env: { ...process.env, NETWERKKAART_DATA_DIR: dataDir, NETWERKKAART_NEO4J_PORT: String(port) },
    encoding: 'utf8',
  });
}

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run backup and npm run restore', () => {
  it('dumps with neo4j-admin, refuses while the server runs, and loads the dump back', async () => {
    port = await findFreePort();
    await start();
    await query("CREATE (:House {id: 'dump-a', name: 'Huis A'}), (:House {id: 'dump-b', name: 'Huis B'})");

    const running = npmRun('backup');
    expect(running.status).toBe(1);
    expect(running.stderr).toContain(`De lokale Neo4j draait nog (poort ${port} antwoordt)`);

    await stop();
    const backup = npmRun('backup');
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(backup.stdout).toMatch(/^Back-up gemaakt: .*\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.dump/);
    const dumps = readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('.dump'));
    expect(dumps).toHaveLength(1);

    // Change the data, then restore the dump: what was there at backup time is back.
    await start();
    await query("MATCH (h:House {id: 'dump-a'}) DETACH DELETE h CREATE (:House {id: 'dump-c', name: 'Huis C'})");
    await stop();
    const restore = npmRun('restore');
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain('Teruggezet:');
    expect(existsSync(path.join(dataDir, 'backups'))).toBe(true);
    expect(readdirSync(path.join(dataDir, 'backups')).some((f) => f.endsWith('-voor-restore.dump'))).toBe(true);
    await start();
    expect(await query('MATCH (h:House) RETURN h.id AS id ORDER BY id')).toEqual([{ id: 'dump-a' }, { id: 'dump-b' }]);
    await stop();

    // And the safety dump taken before the restore brings the changed state back.
    const safety = readdirSync(path.join(dataDir, 'backups')).find((f) => f.endsWith('-voor-restore.dump'))!;
    expect(npmRun('restore', path.join(dataDir, 'backups', safety)).status).toBe(0);
    await start();
    expect(await query('MATCH (h:House) RETURN h.id AS id ORDER BY id')).toEqual([{ id: 'dump-b' }, { id: 'dump-c' }]);
    // Four server starts and five neo4j-admin runs: on a machine busy with other test runs this
    // has taken over 200 s.
  }, 600_000);

  it('says clearly when there is no dump to restore', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-nodump-'));
    const result = spawnSync('node', ['scripts/neo4j-dump.mjs', 'restore'], { env: { ...process.env, NETWERKKAART_DATA_DIR: empty, NETWERKKAART_NEO4J_PORT: String(await findFreePort()) }, encoding: 'utf8' });
    rmSync(empty, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Geen dump gevonden in .*backups\/\. Maak er een met npm run backup/);
  });
});
