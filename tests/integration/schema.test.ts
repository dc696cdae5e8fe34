import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver, databaseName, getDriver } from '@/graph/driver';
import { createHouse } from '@/graph/repositories/houses';
import { applyMigrations, readSchemaVersion } from '@/graph/schema/apply-migrations';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '@/graph/schema/migrations';
import { ConflictError } from '@/lib/domain/errors';
import type { HouseInput } from '@/lib/domain/house';
import { deleteHouses } from '../support/graph-cleanup';
import { uniqueHouseId } from '../support/unique-id';

async function describeSchema() {
  const driver = getDriver();
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type ORDER BY name', {}, { database: databaseName() });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties ORDER BY name', {}, { database: databaseName() });
  const migrations = await driver.executeQuery('MATCH (m:SchemaMigration) RETURN m.version AS version, toString(m.appliedAt) AS at ORDER BY version', {}, { database: databaseName() });
  return {
    constraints: constraints.records.map((r) => r.toObject()),
    indexes: indexes.records.map((r) => r.toObject()),
    migrations: migrations.records.map((r) => r.toObject()),
  };
}

describe('schema', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteHouses(created);
    await closeDriver();
  });

  it('is at the latest migration version, recorded in the database', async () => {
    expect(await readSchemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    const { migrations } = await describeSchema();
    expect(migrations.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('has the unique constraints of the data model', async () => {
    const { constraints } = await describeSchema();
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS').map((c) => `${c.labelsOrTypes[0]}.${c.properties[0]}`);
    expect(unique).toEqual(
      expect.arrayContaining(['House.id', 'ActorType.code', 'Cluster.code', 'Actor.id', 'Forum.id', 'User.email', 'Workshop.code', 'Snapshot.id']),
    );
  });

  it('changes nothing when the migrations run twice', async () => {
    const before = await describeSchema();
    const applied = await applyMigrations();
    const after = await describeSchema();
    expect(applied).toEqual([]);
    expect(after).toEqual(before);
  });

  it('rejects a duplicate House id with a Dutch message', async () => {
    const id = uniqueHouseId();
    created.push(id);
    const house: HouseInput = { id, name: 'Huis van het Kind Testdorp', municipalities: ['Testdorp'], province: 'Limburg', urbanisation: 'buitengebied' };
    await createHouse(house);
    const duplicate = createHouse({ ...house, name: 'Een ander huis' });
    await expect(duplicate).rejects.toBeInstanceOf(ConflictError);
    await expect(duplicate).rejects.toMatchObject({ userMessage: `Er bestaat al een huis met de code “${id}”.` });
    const { records } = await getDriver().executeQuery('MATCH (h:House {id: $id}) RETURN h.name AS name', { id }, { database: databaseName() });
    expect(records.map((r) => r.get('name'))).toEqual(['Huis van het Kind Testdorp']);
  });
});
