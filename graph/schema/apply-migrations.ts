import type { EagerResult } from 'neo4j-driver';
import { databaseName, getDriver } from '../driver';
import { MIGRATIONS } from './migrations';

export async function readSchemaVersion(): Promise<number> {
  const { records } = await getDriver().executeQuery<EagerResult<{ version: number }>>(
    'MATCH (m:SchemaMigration) RETURN coalesce(max(m.version), 0) AS version',
    {},
    { database: databaseName(), routing: 'READ' },
  );
  return records[0].get('version');
}

/**
 * Applies the migrations the database has not seen yet, in order. Schema statements cannot
 * share a transaction with data writes, so each runs on its own; the version is recorded after.
 * Running it again changes nothing.
 */
export async function applyMigrations(log: (line: string) => void = () => {}): Promise<number[]> {
  const driver = getDriver();
  const database = databaseName();
  const current = await readSchemaVersion();
  const applied: number[] = [];
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    for (const statement of migration.statements) {
      await driver.executeQuery(statement, {}, { database });
    }
    await driver.executeQuery(
      'MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.description = $description, m.appliedAt = datetime()',
      { version: migration.version, description: migration.description },
      { database },
    );
    applied.push(migration.version);
    log(`schema migration ${migration.version}: ${migration.description}`);
  }
  return applied;
}
