import type { HouseNetwork } from '../house-network';
import type { NetworkDiff } from '../snapshot-diff';
import type { ActionItem } from './action-list';
import type { ProposalView } from './events';

/**
 * Workshops as the graph stores them: (:Workshop {code, houseId, state, opensAt, closesAt,
 * createdBy, createdByName, beforeSnapshotId, afterSnapshotId, closedAt, seq})-[:FOR]->(:House),
 * and their participants: (:Participant {id, name, joinedAt, tokenHash, code})-[:JOINED]->(:Workshop).
 * Only the SHA-256 hash of a participant's token is stored.
 */

/** One workshop with its house's name and its number of participants. */
export interface WorkshopRecord {
  code: string;
  houseId: string;
  houseName: string;
  state: 'open' | 'closed';
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  createdBy: string;
  createdByName: string;
  beforeSnapshotId: string | null;
  afterSnapshotId: string | null;
  seq: number;
  participants: number;
}

export interface ParticipantRecord {
  id: string;
  name: string;
  joinedAt: string;
}

export interface NewWorkshop {
  code: string;
  houseId: string;
  by: string;
  byName: string;
  opensAt: Date;
  closesAt: Date;
  beforeSnapshotId: string;
}

export interface WorkshopOutcome {
  workshop: WorkshopRecord;
  before: HouseNetwork | null;
  after: HouseNetwork | null;
  /** The house now (for the plan fields, which may be filled in after the workshop). */
  now: HouseNetwork;
  diff: NetworkDiff | null;
  proposals: ProposalView[];
  actions: ActionItem[];
}
