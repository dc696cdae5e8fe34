// Integration tests run against a real Neo4j. `npm test` starts one and passes NEO4J_URI; when
// the integration tests run on their own (npm run test:integration), this starts a temporary
// server on a free port in a temporary folder, prepares it, and removes it afterwards.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureServerBuilt, findFreePort, startNeo4j } from '../../graph/server/local-neo4j.mjs';

export default async function setup() {
  if (process.env.NEO4J_URI) return undefined;
  ensureServerBuilt();
  const home = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-it-'));
  const server = await startNeo4j({ home: path.join(home, 'neo4j'), port: await findFreePort(), passwordFile: path.join(home, 'password'), quiet: true });
  Object.assign(process.env, {
    NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database,
    // Like `npm test`: the test database holds the demo houses.
    NETWERKKAART_DEMO: '1',
  });
  const setupDb = spawnSync('tsx', ['scripts/setup-database.ts'], { stdio: 'inherit', env: process.env });
  if (setupDb.status !== 0) throw new Error('Preparing the test database failed.');
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
