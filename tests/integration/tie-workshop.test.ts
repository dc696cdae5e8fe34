import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { acceptInTx, createProposal, readProposal } from '@/graph/repositories/workshop-proposals';
import { createWorkshop } from '@/graph/repositories/workshops';
import { writeTx } from '@/graph/session';
import { createTie } from '@/lib/use-cases/ties/tie-writes';
import { generateCode } from '@/lib/domain/workshop/code';
import type { WorkshopEvent } from '@/lib/domain/workshop/events';
import { applyEvent } from '@/lib/domain/workshop/live-state';
import { removeWorkshopsOf } from '../security/fixture';
import { coordinatorOf } from '../support/import-support';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

// A participant's tie proposal ("Het CLB verwijst door naar het CAW"), accepted the way the
// facilitator's click does it: the tie drawn and the proposal accepted in one transaction.
let houseId: string;
let ids: Record<string, string>;
let code: string;

beforeAll(async () => {
  const fixture = await createNetworkFixture({ actors: [{ name: 'CLB Kempen', type: 'centrum-voor-leerlingenbegeleiding-clb', level: 'kernpartner' }, { name: 'CAW De Kempen', type: 'caw', level: 'gemiddeld' }] });
  [houseId, ids] = [fixture.houseId, fixture.actorIds];
  code = generateCode();
  const now = new Date();
  await createWorkshop({ code, houseId, by: 'test', byName: 'Test', opensAt: now, closesAt: new Date(now.getTime() + 3_600_000), beforeSnapshotId: 'geen' });
});

afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [houseId]));
  await deleteNetworkFixtures([houseId]);
  await closeDriver();
});

describe('a tie proposed in a workshop', () => {
  it('is stored with its ends and kind, and accepting it draws the tie with the proposal’s event in one transaction', async () => {
    const tie = { from: ids['CLB Kempen'], to: ids['CAW De Kempen'], kind: 'doorverwijzing' as const };
    const created = await createProposal(code, { actorKey: null, actorName: 'CLB Kempen verwijst door naar CAW De Kempen', typeName: null, now: null, desired: null, note: 'Voor de schoolstart', newActorName: null, newActorType: null, basedOnVersion: 0, tie }, { id: 'p-test', name: 'Deelnemer' });
    expect(created!.proposal).toMatchObject({ status: 'pending', tie });
    expect(await readProposal(code, created!.proposal.id)).toMatchObject({ tie });

    let event: WorkshopEvent | null = null;
    const facilitator = coordinatorOf(houseId);
    const drawn = await createTie(facilitator, houseId, { ...tie, note: 'Deelnemer: Voor de schoolstart' }, async (tx, row) => {
      event = await acceptInTx(tx, code, created!.proposal, { id: facilitator.id, name: facilitator.name, houseId }, `tie:${row.id}`, { ties: [{ id: row.id, kind: row.kind, from: row.from, to: row.to, note: row.note, since: null, version: 1, updatedAt: null, updatedBy: null }] });
    });
    expect(event).toMatchObject({ type: 'proposal.accepted', payload: { proposal: { status: 'accepted', targetKey: `tie:${drawn.id}` } } });
    expect(await readProposal(code, created!.proposal.id)).toMatchObject({ status: 'accepted' });
    const network = (await readHouseNetwork(houseId))!;
    expect(network.ties!.map((t) => [t.kind, t.from, t.to, t.note])).toEqual([['doorverwijzing', tie.from, tie.to, 'Deelnemer: Voor de schoolstart']]);
    // The projector applies the event's patch: the tie appears on the map it holds.
    const screen = applyEvent({ network: { ...network, ties: [] }, proposals: [], participants: 1, state: 'open', lastSeq: 0 }, event!);
    expect(screen.network.ties!.map((t) => t.id)).toEqual([drawn.id]);
  });
});
