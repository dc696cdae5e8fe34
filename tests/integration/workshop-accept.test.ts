import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { acceptInTx, createProposal, readProposal } from '@/graph/repositories/workshop-proposals';
import { closeWorkshop, createWorkshop } from '@/graph/repositories/workshops';
import { readTx, writeTx } from '@/graph/session';
import { generateCode } from '@/lib/domain/workshop/code';
import { removeWorkshopsOf } from '../security/fixture';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

// The accept statement (one round trip on a workshop's hot path): it decides a proposal once,
// only while the workshop is open, and writes the event and the audit record with it.
let houseId: string;
let code: string;
const decider = () => ({ id: 'facilitator-test', name: 'Facilitator Test', houseId });

async function propose(name: string) {
  const created = await createProposal(code, { actorKey: 'type:ocmw', actorName: name, typeName: 'OCMW', now: 'gemiddeld', desired: 'kernpartner', note: null, newActorName: null, newActorType: null, basedOnVersion: 1 }, { id: 'p-test', name: 'Deelnemer' });
  return created!.proposal;
}

const accept = (proposal: Awaited<ReturnType<typeof propose>>) =>
  writeTx((tx) => acceptInTx(tx, code, proposal, decider(), 'type:ocmw', { types: [{ code: 'ocmw', answer: null }] }));

beforeAll(async () => {
  houseId = (await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'minimaal' }] })).houseId;
  code = generateCode();
  const now = new Date();
  await createWorkshop({ code, houseId, by: 'test', byName: 'Test', opensAt: now, closesAt: new Date(now.getTime() + 3_600_000), beforeSnapshotId: 'geen' });
});

afterAll(async () => {
  await writeTx((tx) => removeWorkshopsOf(tx, [houseId]));
  await deleteNetworkFixtures([houseId]);
  await closeDriver();
});

describe('accepting a workshop proposal', () => {
  it('marks it accepted with its event and audit record, and decides it only once', async () => {
    const proposal = await propose('Eerste');
    const event = await accept(proposal);
    expect(event).toMatchObject({ type: 'proposal.accepted', payload: { proposal: { id: proposal.id, status: 'accepted', decidedByName: 'Facilitator Test', targetKey: 'type:ocmw' } } });
    expect(await readProposal(code, proposal.id)).toMatchObject({ status: 'accepted', decidedByName: 'Facilitator Test' });
    const logged = await readTx(async (tx) => (await tx.run('MATCH (e:WorkshopEvent {code: $code, seq: $seq}) RETURN e.type AS type', { code, seq: event!.seq })).records[0]?.get('type'));
    expect(logged).toBe('proposal.accepted');
    const audited = await readTx(async (tx) => (await tx.run("MATCH (c:Change {action: 'workshop.accept', houseId: $houseId}) RETURN count(c) AS n", { houseId })).records[0].get('n'));
    expect(audited).toBe(1);
    expect(await accept(proposal)).toBeNull();
  });

  it('lets one of two accepts at the same moment through', async () => {
    const proposal = await propose('Tweede');
    const results = await Promise.all([accept(proposal), accept(proposal), accept(proposal)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('accepts nothing once the workshop closed', async () => {
    const proposal = await propose('Derde');
    await closeWorkshop(code, { by: 'test', afterSnapshotId: 'geen' });
    expect(await accept(proposal)).toBeNull();
    expect(await readProposal(code, proposal.id)).toMatchObject({ status: 'pending' });
  });
});
