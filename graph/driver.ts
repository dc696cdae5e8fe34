import neo4j, { type Driver } from 'neo4j-driver';
import { readGraphConfig, type GraphConfig } from './config';

interface DriverHolder {
  driver: Driver;
  config: GraphConfig;
}

// Kept on globalThis so that dev-mode reloads reuse the pool instead of leaking a new one.
declare global {
  var __netwerkkaartGraph: DriverHolder | undefined;
}
const holder = globalThis;

function create(config: GraphConfig): DriverHolder {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Counts and versions in this product stay far below 2^53: plain numbers are safe.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Managed transactions retry transient failures; with the server down that would keep a
    // page waiting 30 s (the default) before it can say so. Three seconds covers a leader
    // switch in a cluster and still answers a person quickly.
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
  });
  return { driver, config };
}

/** The one driver of this process. */
export function getDriver(): Driver {
  holder.__netwerkkaartGraph ??= create(readGraphConfig());
  return holder.__netwerkkaartGraph.driver;
}

/** The database every query names explicitly. */
export function databaseName(): string {
  holder.__netwerkkaartGraph ??= create(readGraphConfig());
  return holder.__netwerkkaartGraph.config.database;
}

export async function closeDriver(): Promise<void> {
  const current = holder.__netwerkkaartGraph;
  holder.__netwerkkaartGraph = undefined;
  await current?.driver.close();
}
