import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { LATEST_SCHEMA_VERSION } from '@/graph/schema/migrations';
import { checkHealth } from '@/lib/use-cases/health';

describe('health', () => {
  afterAll(() => closeDriver());

  it('reports the Neo4j version, schema version and catalogue size', async () => {
    const report = await checkHealth();
    expect(report.status).toBe('ok');
    if (report.status !== 'ok') return;
    expect(report.neo4j.version).toMatch(/^5\.26\./);
    expect(report.neo4j.edition).toBe('community');
    expect(report.schema).toEqual({ version: LATEST_SCHEMA_VERSION, expected: LATEST_SCHEMA_VERSION, upToDate: true });
    expect(report.catalogue).toEqual({ actorTypes: 54, clusters: 12 });
  });
});
