import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readTx } from '@/graph/session';
import { getAuth } from '@/lib/edge/auth';

// Better Auth's own database calls, through the Neo4j adapter, on (:Verification) nodes.
describe('the Neo4j adapter of Better Auth', () => {
  const identifier = `adapter-test-${Date.now()}`;
  afterAll(async () => {
    const { adapter } = await getAuth().$context;
    await adapter.deleteMany({ model: 'verification', where: [{ field: 'identifier', operator: 'starts_with', value: identifier }] });
    await closeDriver();
  });

  it('creates, finds, sorts, counts, updates, consumes and deletes rows as nodes', async () => {
    const { adapter } = await getAuth().$context;
    const expiresAt = new Date('2031-01-01T00:00:00Z');
    for (const n of [3, 1, 2]) {
      await adapter.create({ model: 'verification', data: { identifier: `${identifier}-${n}`, value: `waarde ${n} <b>`, expiresAt } });
    }
    const stored = await readTx(async (tx) => (await tx.run('MATCH (v:Verification) WHERE v.identifier STARTS WITH $p RETURN v.expiresAt AS at', { p: identifier })).records);
    expect(stored.map((r) => r.get('at'))).toEqual(Array(3).fill('2031-01-01T00:00:00.000Z'));

    const one = await adapter.findOne<{ id: string; value: string; expiresAt: Date }>({ model: 'verification', where: [{ field: 'identifier', value: `${identifier}-2` }] });
    expect(one).toMatchObject({ value: 'waarde 2 <b>' });
    expect(one!.expiresAt).toEqual(expiresAt);

    const sorted = await adapter.findMany<{ identifier: string }>({
      model: 'verification',
      where: [{ field: 'identifier', operator: 'starts_with', value: identifier }],
      sortBy: { field: 'identifier', direction: 'desc' },
      limit: 2,
    });
    expect(sorted.map((v) => v.identifier)).toEqual([`${identifier}-3`, `${identifier}-2`]);
    expect(await adapter.count({ model: 'verification', where: [{ field: 'identifier', operator: 'in', value: [`${identifier}-1`, `${identifier}-3`] }] })).toBe(2);

    const updated = await adapter.update<{ value: string }>({ model: 'verification', where: [{ field: 'id', value: one!.id }], update: { value: 'nieuw' } });
    expect(updated!.value).toBe('nieuw');

    const consumed = await Promise.all([1, 2].map(() => adapter.consumeOne<{ id: string }>({ model: 'verification', where: [{ field: 'id', value: one!.id }] })));
    expect(consumed.filter(Boolean)).toHaveLength(1);

    expect(await adapter.deleteMany({ model: 'verification', where: [{ field: 'identifier', operator: 'starts_with', value: identifier }] })).toBe(2);
    expect(await adapter.count({ model: 'verification', where: [{ field: 'identifier', operator: 'starts_with', value: identifier }] })).toBe(0);
  });
});
