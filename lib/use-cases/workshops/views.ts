import 'server-only';
import { readArrangementRows } from '@/graph/repositories/arrangements';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { readLastSeq } from '@/graph/repositories/workshop-events';
import { listProposals } from '@/graph/repositories/workshop-proposals';
import type { WorkshopRecord } from '@/lib/domain/workshop/records';
import { toHouseArrangements } from '../arrangements';
import type { HouseArrangements } from '../../domain/arrangement';
import { NotFoundError } from '../../domain/errors';
import type { HouseNetwork } from '../../domain/house-network';
import { trimForMap } from '../../domain/map/trim-for-map';
import { participantOf, runnerOf, type WorkshopActing } from './workshop-access';
import { workshopEnded } from '../../domain/workshop/workshop-ended';
import type { ProposalView } from '../../domain/workshop/events';
import { publicNetwork } from '../../domain/workshop/public-network';
import { roomProposal } from '../../domain/workshop/room-view';

/** What every workshop screen starts from; the stream then resumes after `lastSeq`. */
export interface WorkshopInfo {
  code: string;
  houseName: string;
  state: 'open' | 'closed';
  /** Open but past its end. */
  expired: boolean;
  opensAt: string;
  closesAt: string;
  participants: number;
}

export interface LiveView {
  workshop: WorkshopInfo;
  network: HouseNetwork;
  proposals: ProposalView[];
  lastSeq: number;
}

function info(w: WorkshopRecord): WorkshopInfo {
  return {
    code: w.code,
    houseName: w.houseName,
    state: w.state,
    expired: workshopEnded(w) === 'expired',
    opensAt: w.opensAt,
    closesAt: w.closesAt,
    participants: w.participants,
  };
}

async function load(workshop: WorkshopRecord): Promise<Omit<LiveView, 'workshop'>> {
  // The seq first: whatever happens after this read reaches the screen through the stream.
  const lastSeq = await readLastSeq(workshop.code);
  const [network, proposals] = await Promise.all([readHouseNetwork(workshop.houseId), listProposals(workshop.code)]);
  if (!network) throw new NotFoundError(`house ${workshop.houseId}`);
  return { lastSeq, network, proposals };
}

/** The projector: for the house's coordinator or invited facilitator, with the house's own arrangements of its map. */
export async function getScreenView(acting: WorkshopActing, code: string): Promise<LiveView & { houseId: string; arrangements: HouseArrangements }> {
  const { workshop } = await runnerOf(acting, code);
  const [data, rows] = await Promise.all([load(workshop), readArrangementRows(workshop.houseId)]);
  return { ...data, network: trimForMap(data.network), workshop: info(workshop), houseId: workshop.houseId, arrangements: toHouseArrangements(rows) };
}

/**
 * The projector for the room: the map (its public part, no notes or plans) in the house's own
 * arrangement, and the proposals without who made or decided them. For whoever runs the workshop.
 */
export async function getRoomView(acting: WorkshopActing, code: string): Promise<LiveView & { arrangements: HouseArrangements }> {
  const { workshop } = await runnerOf(acting, code);
  const [data, rows] = await Promise.all([load(workshop), readArrangementRows(workshop.houseId)]);
  return {
    ...data,
    network: trimForMap(publicNetwork(data.network)),
    proposals: data.proposals.map(roomProposal),
    workshop: info(workshop),
    arrangements: toHouseArrangements(rows),
  };
}

/** A participant's phone: the workshop's view model only, never more of the house. */
export async function getParticipantView(acting: WorkshopActing, code: string): Promise<LiveView & { me: { id: string; name: string } }> {
  const participant = await participantOf(acting, code);
  const data = await load(participant.workshop);
  return { ...data, network: publicNetwork(data.network), workshop: info(participant.workshop), me: { id: participant.id, name: participant.name } };
}
