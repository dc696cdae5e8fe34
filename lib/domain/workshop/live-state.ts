import type { HouseNetwork, NetworkActor, NetworkType } from '../house-network';
import { entryVersion } from './choices';
import type { NetworkPatch, ProposalView, WorkshopEvent } from './events';

/**
 * What a workshop screen holds while it runs: the house's network, the proposals, the number of
 * participants and the last event applied. `applyEvent` is the one reducer both the projector and
 * the phones use; events arrive in `seq` order and one already applied is ignored, so replaying
 * the log after a reconnect changes nothing twice.
 */
export interface LiveState {
  network: HouseNetwork;
  proposals: ProposalView[];
  participants: number;
  state: 'open' | 'closed';
  lastSeq: number;
}

export function applyEvent(current: LiveState, event: WorkshopEvent): LiveState {
  if (event.seq <= current.lastSeq) return current;
  const next = { ...current, lastSeq: event.seq };
  switch (event.type) {
    case 'participant.joined':
      return { ...next, participants: Math.max(current.participants, event.payload.count) };
    case 'proposal.created':
    case 'proposal.set_aside':
    case 'proposal.conflict':
      return { ...next, proposals: upsert(current.proposals, event.payload.proposal) };
    case 'proposal.accepted':
      return { ...next, proposals: upsert(current.proposals, event.payload.proposal), network: applyPatch(current.network, event.payload.patch) };
    case 'workshop.closed':
      return { ...next, state: 'closed' };
  }
}

function upsert(list: ProposalView[], proposal: ProposalView): ProposalView[] {
  const at = list.findIndex((p) => p.id === proposal.id);
  if (at === -1) return [...list, proposal];
  const copy = [...list];
  copy[at] = proposal;
  return copy;
}

/** Merges what a write changed into the network; an older version never replaces a newer one. */
function applyPatch(network: HouseNetwork, patch: NetworkPatch): HouseNetwork {
  let actors = network.actors;
  for (const change of patch.actors ?? []) {
    const at = actors.findIndex((a) => a.id === change.id);
    if (at === -1) {
      actors = [
        ...actors,
        {
          note: null,
          owner: null,
          nextStep: null,
          due: null,
          via: null,
          regional: false,
          updatedAt: null,
          updatedBy: null,
          forums: [],
          otherHouses: [],
          name: change.id,
          typeCode: '',
          ...change,
        } as NetworkActor,
      ];
    } else if (change.version >= actors[at].version) {
      actors = actors.map((a, i) => (i === at ? { ...a, ...change } : a));
    }
  }
  let types = network.types;
  for (const change of patch.types ?? []) {
    const at = types.findIndex((t) => t.code === change.code);
    if (at === -1) {
      types = [
        ...types,
        {
          name: change.code,
          order: 1000,
          cluster: 'andere-actoren',
          mandatory: false,
          mandatoryNote: null,
          catalogue: false,
          answer: null,
          ...change,
        } as NetworkType,
      ];
    } else if ((change.answer?.version ?? 0) >= (types[at].answer?.version ?? 0)) {
      types = types.map((t, i) => (i === at ? { ...t, ...change } : t));
    }
  }
  let ties = network.ties;
  for (const tie of patch.ties ?? []) if (!(ties ?? []).some((t) => t.id === tie.id)) ties = [...(ties ?? []), tie];
  return actors === network.actors && types === network.types && ties === network.ties ? network : { ...network, actors, types, ties };
}

/**
 * A pending proposal conflicts when the entry it is about changed after the participant looked
 * (its version moved on), or when an accept was refused as stale. It is then never applied
 * without the facilitator's explicit choice.
 */
export function isConflicting(network: HouseNetwork, proposal: ProposalView): boolean {
  if (proposal.status !== 'pending' || !proposal.actorKey) return false;
  const current = entryVersion(network, proposal.actorKey);
  return proposal.conflict !== null || (current !== null && current.version !== proposal.basedOnVersion);
}
