import type { TieKind } from './tie-kinds';

/**
 * A tie between two named organisations of one house ("samenwerkingsband"): stored as
 * (:Actor)-[:WORKS_WITH {id, kind, note, since, houseId, version, updatedAt, updatedBy}]->(:Actor).
 * A regional organisation that several houses name has its ties per house (`houseId`).
 * For a directed kind (doorverwijzing) `from` refers families to `to`; for the other kinds the
 * two ends are stored in a fixed order (tieEnds), so one pair has one tie of a kind.
 */
export interface NetworkTie {
  id: string;
  kind: TieKind;
  /** Actor ids. */
  from: string;
  to: string;
  note: string | null;
  /** The year the partners began working together this way, when known. */
  since: number | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** What a new tie needs. */
export interface TieDraft {
  from: string;
  to: string;
  kind: TieKind;
  note: string | null;
  since: number | null;
}

/** What a tie form (the map's panel, a drag on the map) learns from its action: the tie as saved, or as it is now after a stale refusal. */
export interface TieOutcome {
  tie: NetworkTie | null;
}
