import type { LevelCode } from '../levels';
import type { NetworkActor, NetworkType } from '../house-network';
import type { NetworkTie } from '../ties/tie';
import type { TieKind } from '../ties/tie-kinds';

/**
 * The workshop's event log, as it travels over the stream: one append-only (:WorkshopEvent) per
 * thing that happened, numbered per workshop (`seq`, the SSE `id`). Client-safe types.
 */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'set_aside'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What a participant proposes about one entry (shared by the write and the view). */
export interface ProposalContent {
  /** The entry it is about (`actor:<id>` or `type:<code>`); null for a new actor until accepted. */
  actorKey: string | null;
  actorName: string;
  typeName: string | null;
  now: LevelCode | null;
  desired: LevelCode | null;
  note: string | null;
  /** A missing actor: its name and, when known, its type code. */
  newActorName: string | null;
  newActorType: string | null;
  /** A tie between two named organisations ("Het CLB verwijst door naar het CAW"); `actorName` then says it in words. */
  tie?: { from: string; to: string; kind: TieKind } | null;
}

export interface ProposalView extends ProposalContent {
  id: string;
  /** Number within the workshop (#1, #2, ...). */
  seq: number;
  status: ProposalStatus;
  byId: string;
  byName: string;
  at: string;
  /** The version of the entry the participant saw (0 = no answer yet). */
  basedOnVersion: number;
  decidedAt: string | null;
  decidedByName: string | null;
  /** After an accept was refused as stale: the entry's level and version at that moment. */
  conflict: { level: LevelCode | null; version: number } | null;
  /** The entry an accepted proposal changed or created. */
  targetKey: string | null;
}

/** What an accepted proposal changed, to patch the network the clients hold. */
export interface NetworkPatch {
  actors?: (Pick<NetworkActor, 'id' | 'level' | 'version'> & Partial<NetworkActor>)[];
  types?: (Pick<NetworkType, 'code'> & Partial<NetworkType>)[];
  /** Ties drawn by an accepted proposal. */
  ties?: NetworkTie[];
}

export type WorkshopEvent =
  | { seq: number; at: string; type: 'participant.joined'; payload: { participantId: string; name: string; count: number } }
  | { seq: number; at: string; type: 'proposal.created'; payload: { proposal: ProposalView } }
  | { seq: number; at: string; type: 'proposal.accepted'; payload: { proposal: ProposalView; patch: NetworkPatch } }
  | { seq: number; at: string; type: 'proposal.set_aside'; payload: { proposal: ProposalView } }
  | { seq: number; at: string; type: 'proposal.conflict'; payload: { proposal: ProposalView } }
  | { seq: number; at: string; type: 'workshop.closed'; payload: { closedAt: string } };

/** An event before the log numbers and stamps it (each member of the union without `seq` and `at`). */
export type WorkshopEventInput = WorkshopEvent extends infer E ? (E extends WorkshopEvent ? Omit<E, 'seq' | 'at'> : never) : never;
