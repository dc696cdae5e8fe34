import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { readTx } from '@/graph/session';
import { readArrangements, resetArrangement, saveArrangement } from '@/lib/use-cases/arrangements';
import type { SessionUser } from '@/lib/domain/actor';
import { StaleWriteError } from '@/lib/domain/errors';
import { mapSvg } from '@/lib/use-cases/map-export';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

function user(role: SessionUser['role'], houseIds: string[] = []): SessionUser {
  return { id: `arrangement-test-${role}-${houseIds.join('-')}`, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds };
}

async function newHouse(): Promise<string> {
  const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }, { type: 'politie', level: 'gemiddeld' }] });
  created.push(houseId);
  return houseId;
}

/** What is stored for a house: its arrangement nodes and its audit records. */
function stored(houseId: string) {
  return readTx(async (tx) => {
    const result = await tx.run(
      `OPTIONAL MATCH (a:Arrangement {houseId: $houseId})
       WITH collect(a { .layout, .positions, .version, linked: EXISTS { (a)-[:OF]->(:House {id: $houseId}) } }) AS arrangements
       OPTIONAL MATCH (c:Change {houseId: $houseId}) WHERE c.action STARTS WITH 'arrangement.'
       RETURN arrangements, collect(c { .action, .by, .to }) AS changes`,
      { houseId },
    );
    const row = result.records[0];
    return { arrangements: row.get('arrangements') as Record<string, unknown>[], changes: row.get('changes') as { action: string; by: string; to: string }[] };
  });
}

const POSITIONS = { house: { x: 0, y: 0 }, 'type:ocmw': { x: 120.04, y: -30 }, 'type:politie': { x: -200, y: 45.5 } };

describe('a house’s own arrangement of its map', () => {
  it('is saved by the coordinator, read back by every reader, versioned and audited', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    expect((await readArrangements(coordinator, houseId)).ringen).toEqual({ layout: 'ringen', positions: null, version: 0, updatedAt: null, updatedBy: null });

    const saved = await saveArrangement(coordinator, houseId, 'ringen', { positions: JSON.stringify(POSITIONS), version: '0' });
    expect(saved).toMatchObject({ layout: 'ringen', version: 1, updatedBy: 'Test coordinator', positions: { ...POSITIONS, 'type:ocmw': { x: 120, y: -30 } } });
    for (const reader of [coordinator, user('kind_en_gezin'), user('beheerder')]) {
      const all = await readArrangements(reader, houseId);
      expect(all.ringen).toEqual(saved);
      expect(all.clusters.version).toBe(0);
    }
    const { arrangements, changes } = await stored(houseId);
    expect(arrangements).toEqual([{ layout: 'ringen', positions: JSON.stringify(saved.positions), version: 1, linked: true }]);
    expect(changes).toEqual([{ action: 'arrangement.save', by: coordinator.id, to: expect.stringContaining('Eigen schikking ringen: 3 knopen') }]);

    // A second save based on version 1 counts the moved nodes.
    const next = await saveArrangement(coordinator, houseId, 'ringen', { positions: JSON.stringify({ ...POSITIONS, house: { x: 10, y: 0 } }), version: 1 });
    expect(next.version).toBe(2);
    expect((await stored(houseId)).changes.map((c) => JSON.parse(c.to).summary)).toContain('Eigen schikking ringen: 3 knopen, 1 verschoven');
  });

  it('refuses a stale save with the stored arrangement, and writes nothing', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    const first = await saveArrangement(coordinator, houseId, 'clusters', { positions: JSON.stringify(POSITIONS), version: 0 });
    const before = await stored(houseId);
    const stale = saveArrangement(user('facilitator', [houseId]), houseId, 'clusters', { positions: JSON.stringify({ house: { x: 5, y: 5 } }), version: 0 });
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    await expect(stale).rejects.toMatchObject({ current: first });
    expect(await stored(houseId)).toEqual(before);
  });

  it('is reset to the layout’s own positions; a save based on the arrangement before the reset is stale', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    await saveArrangement(coordinator, houseId, 'ringen', { positions: JSON.stringify(POSITIONS), version: 0 });
    const reset = await resetArrangement(coordinator, houseId, 'ringen', { version: 1 });
    expect(reset).toMatchObject({ layout: 'ringen', positions: null, version: 2 });
    expect((await readArrangements(coordinator, houseId)).ringen.positions).toBeNull();
    await expect(saveArrangement(coordinator, houseId, 'ringen', { positions: JSON.stringify(POSITIONS), version: 1 })).rejects.toMatchObject({ current: { version: 2, positions: null } });
    // Resetting what is reset already writes nothing.
    const before = await stored(houseId);
    expect(await resetArrangement(coordinator, houseId, 'ringen', { version: 2 })).toMatchObject({ version: 2, positions: null });
    expect(await stored(houseId)).toEqual(before);
    expect(before.changes.map((c) => c.action).sort()).toEqual(['arrangement.reset', 'arrangement.save']);
  });

  it('is refused to whoever may not edit the house, and nothing is written', async () => {
    const houseId = await newHouse();
    const other = await newHouse();
    for (const who of [user('coordinator', [other]), user('facilitator', [other]), user('kind_en_gezin'), user('beheerder')]) {
      await expect(saveArrangement(who, houseId, 'ringen', { positions: JSON.stringify(POSITIONS), version: 0 }), who.role).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
      await expect(resetArrangement(who, houseId, 'ringen', { version: 0 }), who.role).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    }
    await expect(readArrangements(user('coordinator', [other]), houseId)).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    expect(await stored(houseId)).toEqual({ arrangements: [], changes: [] });
  });

  it('refuses bad input with a Dutch message and writes nothing', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    const cases: [unknown, unknown, RegExp][] = [
      ['vrij', { positions: JSON.stringify(POSITIONS), version: 0 }, /^Onbekende schikking van de kaart\.$/],
      ['ringen', { positions: '{niet json', version: 0 }, /geen geldige JSON/],
      ['ringen', { positions: JSON.stringify({ 'script:<b>': { x: 1, y: 1 } }), version: 0 }, /niet opgeslagen/],
      ['ringen', { positions: JSON.stringify({ house: { x: 'links', y: 1 } }), version: 0 }, /niet opgeslagen/],
      ['ringen', { positions: JSON.stringify({ house: { x: 1e9, y: 1 } }), version: 0 }, /niet opgeslagen/],
      ['ringen', { positions: '{}', version: 0 }, /geen posities/],
      ['ringen', { positions: JSON.stringify(Object.fromEntries(Array.from({ length: 1501 }, (_, i) => [`type:t${i}`, { x: i, y: i }]))), version: 0 }, /hoogstens 1500 knopen/],
      ['ringen', { positions: JSON.stringify(POSITIONS) }, /niet opgeslagen/],
    ];
    for (const [layout, input, message] of cases) {
      await expect(saveArrangement(coordinator, houseId, layout, input)).rejects.toMatchObject({ userMessage: expect.stringMatching(message) });
    }
    expect(await stored(houseId)).toEqual({ arrangements: [], changes: [] });
  });

  it('keeps one arrangement per house and layout when two saves race: one wins, the other is stale', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    const results = await Promise.allSettled([0, 1, 2].map((i) => saveArrangement(coordinator, houseId, 'kracht', { positions: JSON.stringify({ house: { x: i, y: 0 } }), version: 0 })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)).toEqual([expect.any(StaleWriteError), expect.any(StaleWriteError)]);
    const { arrangements, changes } = await stored(houseId);
    expect(arrangements).toHaveLength(1);
    expect(changes).toHaveLength(1);
    const constraints = await readTx(async (tx) => (await tx.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE 'Arrangement' IN labelsOrTypes RETURN properties, type")).records.map((r) => r.toObject()));
    expect(constraints).toEqual([{ properties: ['houseId', 'layout'], type: 'UNIQUENESS' }]);
  });

  it('draws the SVG of the export and the print view in the saved arrangement, with the layout’s own place for nodes it does not name', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    const network = (await readHouseNetwork(houseId))!;
    // A node's x in the SVG, in the map's own units (data-x; its label sits beside it by the label rule).
    const nodeX = (svg: string, id: string) => Number(new RegExp(`<g data-id="${id}" data-x="(-?[\\d.]+)"`).exec(svg)![1]);
    const own = mapSvg(network, 'ringen');
    expect(own).toContain('schikking: ringen<');
    const saved = await saveArrangement(coordinator, houseId, 'ringen', { positions: JSON.stringify({ house: { x: 0, y: 0 }, 'type:ocmw': { x: -300, y: 10 } }), version: 0 });
    const arranged = mapSvg(network, 'ringen', (await readArrangements(coordinator, houseId)).ringen.positions);
    expect(arranged).toContain('schikking: ringen (eigen schikking)');
    expect(nodeX(arranged, 'type:ocmw') - nodeX(arranged, 'house')).toBeCloseTo(-300, 1);
    // Politie is not in the saved arrangement: it keeps the rings' place relative to the house.
    expect(nodeX(arranged, 'type:politie') - nodeX(arranged, 'house')).toBeCloseTo(nodeX(own, 'type:politie') - nodeX(own, 'house'), 1);
    // The force layout is drawn as itself on the server too (fcose run headless), with or without
    // a saved arrangement; it is not the rings.
    const force = mapSvg(network, 'kracht');
    expect(force).toContain('schikking: krachtgericht<');
    expect(nodeX(force, 'type:politie') - nodeX(force, 'house')).not.toBeCloseTo(nodeX(own, 'type:politie') - nodeX(own, 'house'), 1);
    expect(mapSvg(network, 'kracht', saved.positions)).toContain('schikking: krachtgericht (eigen schikking)');
  });
});
