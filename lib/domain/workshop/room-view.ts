import type { ProposalView, WorkshopEvent } from './events';

/**
 * What the projector for the room may carry (issue 18): the map and the changes, never who
 * proposed or decided them, nor a participant's free note. Used for the room's first view and
 * for every event of its stream (`?zaal=1`), so no name ever reaches that browser.
 */
export function roomProposal(proposal: ProposalView): ProposalView {
  return { ...proposal, byId: '', byName: '', decidedByName: null, note: null };
}

export function roomEvent(event: WorkshopEvent): WorkshopEvent {
  switch (event.type) {
    case 'participant.joined':
      return { ...event, payload: { participantId: '', name: '', count: event.payload.count } };
    case 'proposal.created':
    case 'proposal.set_aside':
    case 'proposal.conflict':
      return { ...event, payload: { proposal: roomProposal(event.payload.proposal) } };
    case 'proposal.accepted':
      return { ...event, payload: { ...event.payload, proposal: roomProposal(event.payload.proposal) } };
    case 'workshop.closed':
      return event;
  }
}
