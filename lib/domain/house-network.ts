import type { LevelCode } from './levels';
import type { HouseIdentity } from './house';
import type { NetworkTie } from './ties/tie';

/**
 * One house's partnership as read from Neo4j: plain objects the map, the table, the
 * questionnaire, the exports and the snapshots all derive from. Client-safe (no server imports).
 */
export interface HouseNetwork {
  house: NetworkHouse;
  clusters: NetworkCluster[];
  /** Every catalogue type plus the house's own custom types ("Andere"), in catalogue order. */
  types: NetworkType[];
  actors: NetworkActor[];
  /** Forums the house takes part in. */
  forums: NetworkForum[];
  /**
   * Ties between the house's named organisations (lib/domain/ties). Optional: snapshots taken
   * before ties existed do not carry them (read as none).
   */
  ties?: NetworkTie[];
}

export interface NetworkHouse extends HouseIdentity {
  version: number;
}

export interface NetworkCluster {
  code: string;
  name: string;
  order: number;
}

/** The expansion plan and remarks that go with one answer or one organisation. */
export interface EntryDetails {
  note: string | null;
  /** For "nog niet": who takes it up, what the next step is, and by when (yyyy-mm-dd). */
  owner: string | null;
  nextStep: string | null;
  due: string | null;
  /**
   * The level the house wants this actor at ("gewenst", as a workshop decides it): part of the
   * plan, kept after the workshop, shown on Groeikansen and the map, exported and imported.
   * Optional: snapshots taken before it existed do not carry it (read as null).
   */
  desired?: LevelCode | null;
}

export interface NetworkAnswer extends EntryDetails {
  level: LevelCode;
  /** True when the level follows from the house's named organisations of the type. */
  derived: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface NetworkType {
  code: string;
  name: string;
  order: number;
  cluster: string;
  mandatory: boolean;
  mandatoryNote: string | null;
  /** False for a type the house added itself ("Andere"). */
  catalogue: boolean;
  answer: NetworkAnswer | null;
}

export interface NetworkActor extends EntryDetails {
  id: string;
  name: string;
  typeCode: string;
  regional: boolean;
  level: LevelCode;
  /** Forum id that carries an indirect link. */
  via: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** Forums the actor is a member of (any house's). */
  forums: { id: string; name: string }[];
  /** The other houses this organisation serves, with their level (regional organisations). */
  otherHouses: { id: string; name: string; level: LevelCode }[];
}

export interface NetworkForum {
  id: string;
  name: string;
  regional: boolean;
  /** Ids of the house's actors that are members. */
  members: string[];
}
