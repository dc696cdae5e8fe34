import { afterAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readPeerCoreTypes } from '@/graph/repositories/peers';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

describe('peer comparison', () => {
  const created: string[] = [];
  afterAll(async () => {
    await deleteNetworkFixtures(created);
    await closeDriver();
  });

  it('lists types that are kernpartner in most houses of the same urbanisation but not directly involved here, with the share', async () => {
    // An urbanisation of their own would be cleanest, but the five degrees are fixed: use
    // grootstad and count on the share the fixtures add.
    const before = await readPeerCoreTypes((await createOne([]))!, 0);
    const peersBefore = before[0]?.peers ?? 0;
    const peers = [];
    for (let i = 0; i < 4; i += 1) peers.push(await createOne([{ type: 'bibliotheek', level: 'kernpartner' as const }, { type: 'politie', level: i < 3 ? ('kernpartner' as const) : ('niet' as const) }]));
    const house = await createOne([{ type: 'bibliotheek', level: 'nog_niet' }, { type: 'politie', level: 'niet_aanwezig' }]);
    const result = await readPeerCoreTypes(house, 0);
    const bib = result.find((r) => r.code === 'bibliotheek')!;
    expect(bib.level).toBe('nog_niet');
    expect(bib.peers).toBe(peersBefore + 5);
    expect(bib.corePeers).toBeGreaterThanOrEqual(4);
    // niet aanwezig is not a gap: politie is not listed.
    expect(result.some((r) => r.code === 'politie')).toBe(false);
    // A type kernpartner in fewer than the threshold is not listed.
    expect((await readPeerCoreTypes(house, 1.01)).length).toBe(0);
  });

  async function createOne(answers: { type: string; level: 'kernpartner' | 'niet' | 'nog_niet' | 'niet_aanwezig' }[]) {
    const { houseId } = await createNetworkFixture({ answers, urbanisation: 'grootstad' });
    created.push(houseId);
    return houseId;
  }
});
