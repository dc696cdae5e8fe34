import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop } from '@/graph/repositories/workshops';
import { findParticipant } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { userFromHeaders } from '@/lib/edge/session';
import { WorkshopClosedError } from '@/lib/domain/errors';
import { PARTICIPANT_COOKIE } from '@/lib/edge/participant';
import { hashToken } from '@/lib/use-cases/workshops/workshop-access';
import { generateCode } from '@/lib/domain/workshop/code';
import { JOIN_FAILURES_PER_ADDRESS, JoinRefusedError, joinWorkshop, UNKNOWN_CODE_MESSAGE } from '@/lib/use-cases/workshops/join';
import { removeWorkshopsOf } from '../security/fixture';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

let houseId: string;
let code: string;
let expired: string;

beforeAll(async () => {
  houseId = (await createNetworkFixture()).houseId;
  code = generateCode();
  expired = generateCode();
  const now = Date.now();
  await createWorkshop({ code, houseId, by: 'test', byName: 'Test', opensAt: new Date(now), closesAt: new Date(now + 3_600_000), beforeSnapshotId: 'geen' });
  await createWorkshop({ code: expired, houseId, by: 'test', byName: 'Test', opensAt: new Date(now - 20 * 3_600_000), closesAt: new Date(now - 8 * 3_600_000), beforeSnapshotId: 'geen' });
});

afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [houseId]));
  await deleteNetworkFixtures([houseId]);
});

describe('joining a workshop', () => {
  it('lets a room of 50 behind one address join, storing only a hash of each token', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const joined = await Promise.all(Array.from({ length: 50 }, (_, i) => joinWorkshop({ code: code.toLowerCase(), name: `Deelnemer ${i + 1}` }, address)));
    expect(new Set(joined.map((j) => j.participantId)).size).toBe(50);
    const found = await findParticipant(code, hashToken(joined[0].token));
    expect(found?.participant.name).toMatch(/^Deelnemer/);
    expect(await findParticipant(code, joined[0].token)).toBeNull();
  });

  it('refuses wrong codes, and stops an address guessing after the limit', async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < JOIN_FAILURES_PER_ADDRESS; i += 1) {
      await expect(joinWorkshop({ code: 'ZZZZZZ', name: 'Raden' }, address)).rejects.toMatchObject({ userMessage: UNKNOWN_CODE_MESSAGE });
    }
    await expect(joinWorkshop({ code, name: 'Raden' }, address)).rejects.toBeInstanceOf(JoinRefusedError);
  });

  it('refuses an expired workshop with a Dutch message', async () => {
    await expect(joinWorkshop({ code: expired, name: 'Laat' }, '192.0.2.77')).rejects.toBeInstanceOf(WorkshopClosedError);
  });

  it('never turns a participant token into a user: no house can be read with it', async () => {
    const { token } = await joinWorkshop({ code, name: 'Geen gebruiker' }, '192.0.2.78');
    const headers = new Headers({ cookie: `${PARTICIPANT_COOKIE}=${token}` });
    expect(await userFromHeaders(headers)).toBeNull();
  });
});
