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

async function readAppliedVersions(): Promise<Set<number>> {
  const { records } = await getDriver().executeQuery<EagerResult<{ versions: number[] }>>(
    'MATCH (m:SchemaMigration) RETURN collect(m.version) AS versions',
    {},
    { database: databaseName(), routing: 'READ' },
  );
  return new Set(records[0].get('versions').map(Number));
}

/**
 * Applies the migrations the database has not seen yet, in order: every version not recorded,
 * also one below the highest recorded (branches developed side by side may land in another order
 * than their numbers). Schema statements cannot share a transaction with data writes, so each
 * runs on its own; the version is recorded after. Running it again changes nothing.
 */
export async function applyMigrations(log: (line: string) => void = () => {}): Promise<number[]> {
  const driver = getDriver();
  const database = databaseName();
  const done = await readAppliedVersions();
  const applied: number[] = [];
  for (const migration of MIGRATIONS.filter((m) => !done.has(m.version))) {
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
