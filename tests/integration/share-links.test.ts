import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readTx, writeTx } from '@/graph/session';
import type { SessionUser } from '@/lib/domain/actor';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { SHARE_GUESSES_PER_ADDRESS } from '@/lib/use-cases/share-link-admission';
import { createShareLink, listShareLinks, openShareLink, revokeShareLink } from '@/lib/use-cases/share-links';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

const created: string[] = [];
afterAll(async () => {
  await writeTx((tx) => tx.run('MATCH (l:ShareLink) WHERE l.houseId IN $ids DETACH DELETE l', { ids: created }));
  await deleteNetworkFixtures(created);
  await closeDriver();
});

function user(role: SessionUser['role'], houseIds: string[] = []): SessionUser {
  return { id: `share-test-${role}-${houseIds.join('-')}`, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds };
}

async function newHouse(): Promise<string> {
  const { houseId } = await createNetworkFixture({
    answers: [{ type: 'ocmw', level: 'kernpartner' }],
    actors: [{ name: 'CAW Proefstede', type: 'caw', level: 'nog_niet', note: 'Geheime notitie over Jan' }],
  });
  created.push(houseId);
  return houseId;
}

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${Date.now()}`;

describe('deellinks', () => {
  it('store only the hash of the token, open for anyone with the public part, and are audited', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    const { token, link } = await createShareLink(coordinator, houseId, { scope: 'kaart', days: '30', label: 'gemeenteraad' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await readTx(async (tx) => (await tx.run('MATCH (l:ShareLink {id: $id}) RETURN properties(l) AS p', { id: link.id })).records[0].get('p') as Record<string, unknown>);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const view = await openShareLink(token, address());
    expect(view.status).toBe('open');
    if (view.status !== 'open') return;
    expect(view.network.actors[0]).toMatchObject({ name: 'CAW Proefstede', level: 'nog_niet', note: null, owner: null, updatedBy: null });
    expect(JSON.stringify(view)).not.toContain('Geheime notitie');
    const [listed] = await listShareLinks(user('kind_en_gezin'), houseId);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(listed.uses).toBe(1);

    await revokeShareLink(coordinator, houseId, link.id);
    expect((await openShareLink(token, address())).status).toBe('ingetrokken');
    const actions = await readTx(async (tx) => (await tx.run("MATCH (c:Change {houseId: $houseId}) WHERE c.action STARTS WITH 'sharelink.' RETURN c.action AS a ORDER BY c.at", { houseId })).records.map((r) => r.get('a')));
    expect(actions).toEqual(['sharelink.create', 'sharelink.revoke']);
  });

  it('expire, at most 90 days after they are made, and are made only by who may edit the house', async () => {
    const houseId = await newHouse();
    const coordinator = user('coordinator', [houseId]);
    await expect(createShareLink(coordinator, houseId, { scope: 'kaart', days: '91' })).rejects.toThrow(ValidationError);
    await expect(createShareLink(coordinator, houseId, { scope: 'iets', days: '3' })).rejects.toThrow(ValidationError);
    await expect(createShareLink(user('kind_en_gezin'), houseId, { scope: 'kaart', days: '3' })).rejects.toThrow(ForbiddenError);
    await expect(revokeShareLink(user('coordinator', ['ander-huis']), houseId, 'x')).rejects.toThrow(ForbiddenError);
    const made = new Date('2026-01-01T10:00:00Z');
    const { token } = await createShareLink(coordinator, houseId, { scope: 'presentatie', days: '90' }, made);
    expect((await openShareLink(token, address(), new Date('2026-03-31T09:00:00Z'))).status).toBe('open');
    expect((await openShareLink(token, address(), new Date('2026-04-01T10:00:01Z'))).status).toBe('verlopen');
  });

  it('limit guessing per address: after 20 wrong tokens in a minute, even a right one is refused there', async () => {
    const houseId = await newHouse();
    const { token } = await createShareLink(user('coordinator', [houseId]), houseId, { scope: 'kaart', days: '5' });
    const guesser = address();
    for (let i = 0; i < SHARE_GUESSES_PER_ADDRESS; i++) expect((await openShareLink(`${'x'.repeat(40)}${String(i).padStart(3, '0')}`, guesser)).status).toBe('onbekend');
    expect((await openShareLink(token, guesser)).status).toBe('te-veel');
    expect((await openShareLink(token, address())).status).toBe('open');
  });
});
