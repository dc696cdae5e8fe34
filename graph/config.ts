import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface GraphConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** true when this is the local server `npm start` runs, false for an external one. */
  local: boolean;
}

/** Where the local server keeps its data and password (git-ignored). */
const LOCAL_DATA_DIR = path.join(process.cwd(), '.data');
const LOCAL_PASSWORD_FILE = path.join(LOCAL_DATA_DIR, 'neo4j-password');
const DEFAULT_LOCAL_PORT = 7687;

/**
 * The only place that reads the NEO4J_* settings. With NEO4J_URI set, that server is used
 * (self-managed, Aura or a cluster); otherwise the local server that `npm start` runs.
 */
export function readGraphConfig(env: NodeJS.ProcessEnv = process.env): GraphConfig {
  if (env.NEO4J_URI) {
    return {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      local: env.NETWERKKAART_LOCAL_NEO4J === '1',
    };
  }
  const port = Number(env.NETWERKKAART_NEO4J_PORT ?? DEFAULT_LOCAL_PORT);
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password: existsSync(LOCAL_PASSWORD_FILE) ? readFileSync(LOCAL_PASSWORD_FILE, 'utf8').trim() : '',
    database: 'neo4j',
    local: true,
  };
}

/**
 * Demo mode (demo data on an empty database, demo accounts): on for the local server, off for a
 * server given by NEO4J_URI, unless NETWERKKAART_DEMO says otherwise (1 or 0).
 */
export function demoModeOn(env: NodeJS.ProcessEnv = process.env): boolean {
  const local = !env.NEO4J_URI || env.NETWERKKAART_LOCAL_NEO4J === '1';
  return (env.NETWERKKAART_DEMO ?? (local ? '1' : '0')) === '1';
}
