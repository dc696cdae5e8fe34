import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { listChanges, recordChange } from '@/graph/repositories/audit';
import { createHouse } from '@/graph/repositories/houses';
import { createInvitation, endInvitation } from '@/graph/repositories/invitations';
import { updateUserAccess } from '@/graph/repositories/users';
import { writeTx } from '@/graph/session';
import { deleteHouses } from '../support/graph-cleanup';
import { createTestUser, deleteUsers, type TestUser } from '../support/test-users';
import { uniqueHouseId } from '../support/unique-id';

describe('the audit trail', () => {
  const houseId = uniqueHouseId('audit');
  const users: TestUser[] = [];
  beforeAll(async () => {
    users.push(await createTestUser('beheerder', [], 'Auditor'), await createTestUser('facilitator', [], 'Gast'));
  });
  afterAll(async () => {
    await deleteUsers(users.map((u) => u.id));
    await deleteHouses([houseId]);
    await closeDriver();
  });

  it('records who, when, what, from and to for every admin write, newest first', async () => {
    const [admin, guest] = users;
    await createHouse({ id: houseId, name: 'Huis van het Kind Logdorp', municipalities: ['Logdorp'], province: 'Limburg', urbanisation: 'buitengebied' }, admin.id);
    const invitation = await createInvitation({ houseId, facilitatorId: guest.id, from: '2031-01-01', until: '2031-01-31' }, admin.id);
    await endInvitation(invitation!, admin.id);
    await updateUserAccess(guest.id, { role: 'coordinator', houseIds: [houseId] }, admin.id);

    const mine = (await listChanges({ limit: 500 })).filter((c) => c.by === admin.id);
    expect(mine.map((c) => c.action).slice(0, 4)).toEqual(['user.update_access', 'invitation.end', 'invitation.create', 'house.create']);
    const access = mine[0];
    expect(access).toMatchObject({ byName: 'Auditor', byEmail: admin.email, target: `user:${guest.id}`, targetLabel: guest.email });
    expect(access.from).toEqual({ role: 'facilitator', houseIds: [] });
    expect(access.to).toEqual({ role: 'coordinator', houseIds: [houseId] });
    expect(new Date(access.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(mine[3]).toMatchObject({ houseId, targetLabel: 'Huis van het Kind Logdorp' });
    expect((await listChanges({ houseId })).map((c) => c.action)).toEqual(expect.arrayContaining(['house.create', 'invitation.create', 'invitation.end']));
  });

  it('keeps user text as data: markup and formulas are stored as they were typed', async () => {
    const [admin] = users;
    await writeTx((tx) => recordChange(tx, { by: admin.id, action: 'test.text', target: `house:${houseId}`, houseId, from: '<img src=x onerror=alert(1)>', to: '=HYPERLINK("x")' }));
    const [latest] = await listChanges({ houseId, action: 'test.text' });
    expect(latest.from).toBe('<img src=x onerror=alert(1)>');
    expect(latest.to).toBe('=HYPERLINK("x")');
  });
});
