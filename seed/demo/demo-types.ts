import type { LevelCode } from '../../lib/domain/levels';
import type { HouseFrame } from './house-frame';

/**
 * The demo dataset: plain data, produced by generateDemo() and written to Neo4j by
 * graph/repositories/demo.ts. Everything in it is fictional; see seed/README.md, ‘Demo data’.
 */
export interface DemoDataset {
  seed: number;
  /** Fixed timestamp for updatedAt, so that two loads give the same database. */
  stamp: string;
  houses: DemoHouse[];
  customTypes: DemoCustomType[];
  actors: DemoActor[];
  forums: DemoForum[];
  /** Readings and choices made while building the dataset (also in seed/README.md). */
  notes: string[];
}

/** A demo house: where it lies (HouseFrame) and how it answered. */
export interface DemoHouse extends HouseFrame {
  /** True for the third of the houses that name their organisations. */
  named: boolean;
  answers: DemoAnswer[];
  involvements: DemoInvolvement[];
  /** Forum ids the house takes part in. */
  forums: string[];
  /** Fictional ties between its named organisations (seed/demo/demo-ties.ts). */
  ties: DemoTie[];
}

/** A fictional tie between two organisations of one demo house. */
export interface DemoTie {
  id: string;
  kind: import('../../lib/domain/ties/tie-kinds').TieKind;
  from: string;
  to: string;
  note: string | null;
  since: number | null;
}

/** A questionnaire answer: no answer for a type is the absence of a DemoAnswer. */
export interface DemoAnswer {
  typeCode: string;
  level: LevelCode;
  /** True when the level is derived from the house's named organisations of that type. */
  derived: boolean;
}

export interface DemoInvolvement {
  actorId: string;
  level: LevelCode;
  note: string | null;
  owner: string | null;
  nextStep: string | null;
  /** ISO date (yyyy-mm-dd) or null. */
  due: string | null;
  /** For an indirect involvement: the forum that carries it. */
  via: string | null;
}

/** An actor kind that houses added themselves (Tabel 24, section 4.3 prose): not a catalogue type. */
export interface DemoCustomType {
  code: string;
  name: string;
  cluster: string;
  alsoFits: string[];
  /** A catalogue type the report links it to (e.g. Ambulante ondersteuning (VAPH)), or null. */
  relatesTo: string | null;
  /** Where the report names it, e.g. ‘Tabel 24, l. 2946’. */
  source: string;
}

export interface DemoActor {
  id: string;
  name: string;
  typeCode: string;
  /** A regional organisation is one node shared by the named houses of its region. */
  regional: boolean;
  /** Forum ids the actor is a member of. */
  forums: string[];
}

export interface DemoForum {
  id: string;
  name: string;
  regional: boolean;
}
