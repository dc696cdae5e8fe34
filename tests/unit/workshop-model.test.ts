import { describe, expect, it } from 'vitest';
import type { HouseNetwork } from '@/lib/domain/house-network';
import { buildActionList, isAbove } from '@/lib/domain/workshop/action-list';
import { actorChoices } from '@/lib/domain/workshop/choices';
import { CODE_PATTERN, generateCode, normaliseCode } from '@/lib/domain/workshop/code';
import type { ProposalView, WorkshopEvent } from '@/lib/domain/workshop/events';
import { applyEvent, isConflicting, type LiveState } from '@/lib/domain/workshop/live-state';
import { publicNetwork } from '@/lib/domain/workshop/public-network';

function network(): HouseNetwork {
  return {
    house: { id: 'h', name: 'Huis', municipalities: ['X'], province: 'Limburg', urbanisation: 'buitengebied', intermunicipal: false, version: 1 },
    clusters: [{ code: 'c', name: 'Cluster', order: 1 }],
    types: [
      { code: 'ocmw', name: 'OCMW', order: 1, cluster: 'c', mandatory: false, mandatoryNote: null, catalogue: true, answer: { level: 'minimaal', derived: false, version: 1, note: 'geheim', owner: 'Sofie', nextStep: null, due: null, updatedAt: null, updatedBy: 'Sofie' } },
      { code: 'caw', name: 'CAW', order: 2, cluster: 'c', mandatory: false, mandatoryNote: null, catalogue: true, answer: { level: 'nog_niet', derived: false, version: 3, note: null, owner: null, nextStep: null, due: null, updatedAt: null, updatedBy: null } },
      { code: 'school', name: 'School', order: 3, cluster: 'c', mandatory: false, mandatoryNote: null, catalogue: true, answer: null },
    ],
    actors: [{ id: 'a1', name: 'De Linde', typeCode: 'school', regional: true, level: 'gemiddeld', via: null, version: 2, updatedAt: null, updatedBy: null, forums: [], otherHouses: [{ id: 'other', name: 'Ander huis', level: 'kernpartner' }], note: 'intern', owner: null, nextStep: null, due: null }],
    forums: [],
  };
}

function proposal(over: Partial<ProposalView>): ProposalView {
  return { id: 'p1', seq: 1, actorKey: 'type:ocmw', actorName: 'OCMW', typeName: 'OCMW', now: 'gemiddeld', desired: 'kernpartner', note: null, newActorName: null, newActorType: null, status: 'pending', byId: 'x', byName: 'An', at: '2026-01-01T10:00:00Z', basedOnVersion: 1, decidedAt: null, decidedByName: null, conflict: null, targetKey: null, ...over };
}

describe('join codes', () => {
  it('are six characters without 0, O, 1 or I, and typed codes are normalised', () => {
    for (let i = 0; i < 200; i += 1) expect(generateCode()).toMatch(CODE_PATTERN);
    expect(normaliseCode(' abc-23 4 ')).toBe('ABC234');
    expect(normaliseCode('AB0O1I')).toBeNull();
  });
});

describe('the live state', () => {
  it('applies an accepted change once, in seq order, and ignores a replayed event', () => {
    const start: LiveState = { network: network(), proposals: [], participants: 0, state: 'open', lastSeq: 0 };
    const created: WorkshopEvent = { seq: 1, at: '', type: 'proposal.created', payload: { proposal: proposal({}) } };
    const accepted: WorkshopEvent = { seq: 2, at: '', type: 'proposal.accepted', payload: { proposal: proposal({ status: 'accepted', targetKey: 'type:ocmw' }), patch: { types: [{ code: 'ocmw', answer: { level: 'gemiddeld', derived: false, version: 2, note: null, owner: null, nextStep: null, due: null, updatedAt: null, updatedBy: null } }] } } };
    let state = applyEvent(applyEvent(start, created), accepted);
    expect(state.network.types[0].answer?.level).toBe('gemiddeld');
    expect(state.proposals[0].status).toBe('accepted');
    state = applyEvent(state, created);
    expect(state.proposals[0].status).toBe('accepted');
    expect(state.lastSeq).toBe(2);
  });

  it('marks a pending proposal conflicting once its actor moved past the version it saw', () => {
    const net = network();
    expect(isConflicting(net, proposal({ basedOnVersion: 1 }))).toBe(false);
    expect(isConflicting(net, proposal({ actorKey: 'type:caw', basedOnVersion: 2 }))).toBe(true);
    expect(isConflicting(net, proposal({ conflict: { level: 'niet', version: 1 } }))).toBe(true);
  });
});

describe('what participants see and can choose', () => {
  it('hides the house’s notes, plans and the other houses of regional organisations', () => {
    const open = publicNetwork(network());
    expect(open.types[0].answer?.note).toBeNull();
    expect(open.types[0].answer?.owner).toBeNull();
    expect(open.actors[0].note).toBeNull();
    expect(open.actors[0].otherHouses).toEqual([]);
  });

  it('offers named organisations and the types that name none, with their versions', () => {
    expect(actorChoices(network()).map((c) => [c.key, c.version])).toEqual([['type:caw', 3], ['actor:a1', 2], ['type:ocmw', 1]]);
  });
});

describe('the action list', () => {
  it('holds every actor whose accepted "gewenst" is above "nu", and every "nog niet"', () => {
    const accepted = proposal({ status: 'accepted', targetKey: 'type:ocmw', desired: 'kernpartner', decidedAt: '2026-01-01T10:05:00Z' });
    const reached = proposal({ id: 'p2', status: 'accepted', targetKey: 'actor:a1', desired: 'gemiddeld', decidedAt: '2026-01-01T10:06:00Z' });
    const items = buildActionList(network(), [accepted, reached]);
    expect(items.map((i) => [i.key, i.reason, i.desired])).toEqual([['type:ocmw', 'gewenst', 'kernpartner'], ['type:caw', 'nog_niet', null]]);
    expect(isAbove('kernpartner', 'gemiddeld')).toBe(true);
    expect(isAbove('minimaal', 'gemiddeld')).toBe(false);
  });
});
