import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readTx } from '@/graph/session';
import type { SessionUser } from '@/lib/domain/actor';
import { ForbiddenError, StaleWriteError, ValidationError } from '@/lib/domain/errors';
import { DEFAULT_CAPTIONS, STEP_IDS } from '@/lib/domain/presentation/presentation-steps';
import { readPresentation, savePresentation } from '@/lib/use-cases/presentations';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

const created: string[] = [];
afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

function user(role: SessionUser['role'], houseIds: string[] = []): SessionUser {
  return { id: `presentation-test-${role}-${houseIds.join('-')}`, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds };
}

async function newHouse(): Promise<string> {
  const { houseId } = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }] });
  created.push(houseId);
  return houseId;
}

const steps = (patch: Partial<Record<(typeof STEP_IDS)[number], { caption?: string; hidden?: boolean }>> = {}) =>
  [...STEP_IDS].reverse().map((id) => ({ id, caption: patch[id]?.caption ?? DEFAULT_CAPTIONS[id], hidden: patch[id]?.hidden ?? false }));

function changes(houseId: string) {
  return readTx(async (tx) => {
    const result = await tx.run<{ c: { action: string; by: string } }>(`MATCH (c:Change {houseId: $houseId}) WHERE c.action = 'presentation.save' RETURN c { .action, .by } AS c`, { houseId });
    return result.records.map((r) => r.get('c'));
  });
}

describe('a house’s presentation', () => {
  it('is saved by the coordinator, read back by every reader, version-checked and audited', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    expect((await readPresentation(coordinator, houseId)).version).toBe(0);
    const saved = await savePresentation(coordinator, houseId, { steps: steps({ kern: { caption: 'Onze stuurgroep' }, indirect: { hidden: true } }), snapshotId: null, version: 0 });
    expect(saved.version).toBe(1);
    expect(saved.steps[0].id).toBe('voor-na');
    expect(saved.steps.find((s) => s.id === 'kern')?.caption).toBe('Onze stuurgroep');
    expect(saved.steps.find((s) => s.id === 'indirect')?.hidden).toBe(true);
    expect(await readPresentation(user('kind_en_gezin'), houseId)).toEqual(saved);
    expect(await changes(houseId)).toEqual([{ action: 'presentation.save', by: coordinator.id }]);

    // A save based on version 0 after version 1 is refused, carrying what is stored; nothing written.
    const stale = await savePresentation(coordinator, houseId, { steps: steps(), snapshotId: null, version: 0 }).catch((e) => e);
    expect(stale).toBeInstanceOf(StaleWriteError);
    expect((stale as StaleWriteError<{ version: number }>).current.version).toBe(1);
    expect(await changes(houseId)).toHaveLength(1);
  });

  it('is refused to Kind en Gezin and to another house’s coordinator, and refuses bad input, writing nothing', async () => {
    const houseId = await newHouse();
    const other = await newHouse();
    await expect(savePresentation(user('kind_en_gezin'), houseId, { steps: steps(), snapshotId: null, version: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(savePresentation(user('coordinator', [other]), houseId, { steps: steps(), snapshotId: null, version: 0 })).rejects.toThrow();
    const coordinator = user('coordinator', [houseId]);
    const twice = [...steps().slice(0, 5), { id: 'voor-na', caption: 'x', hidden: false }];
    const refused = await savePresentation(coordinator, houseId, { steps: twice, snapshotId: null, version: 0 }).catch((e) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).userMessage).toContain('precies één keer');
    const allHidden = STEP_IDS.map((id) => ({ id, caption: 'x', hidden: true }));
    await expect(savePresentation(coordinator, houseId, { steps: allHidden, snapshotId: null, version: 0 })).rejects.toThrow(ValidationError);
    await expect(savePresentation(coordinator, houseId, { steps: steps(), snapshotId: 'snapshot-onbekend', version: 0 })).rejects.toThrow(ValidationError);
    expect(await changes(houseId)).toEqual([]);
  });
});
