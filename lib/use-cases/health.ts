import 'server-only';
import { readServerInfo } from '@/graph/repositories/health';
import { LATEST_SCHEMA_VERSION } from '@/graph/schema/migrations';

export type HealthReport =
  | {
      status: 'ok';
      neo4j: { connected: true; version: string; edition: string };
      schema: { version: number; expected: number; upToDate: boolean };
      catalogue: { actorTypes: number; clusters: number };
      houses: number;
    }
  | { status: 'unavailable'; neo4j: { connected: false; error: string } };

/** The state of the database for /api/health and the start page. Never throws. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    const info = await readServerInfo();
    return {
      status: 'ok',
      neo4j: { connected: true, version: info.version, edition: info.edition },
      schema: { version: info.schemaVersion, expected: LATEST_SCHEMA_VERSION, upToDate: info.schemaVersion >= LATEST_SCHEMA_VERSION },
      catalogue: { actorTypes: info.actorTypes, clusters: info.clusters },
      houses: info.houses,
    };
  } catch (error) {
    // The cause stays in the server log: a public endpoint should not describe the infrastructure.
    console.error('Health check: Neo4j unavailable:', error instanceof Error ? error.message : error);
    return { status: 'unavailable', neo4j: { connected: false, error: 'Neo4j is niet bereikbaar.' } };
  }
}
