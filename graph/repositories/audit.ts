import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { readTx } from '../session';

/**
 * The audit trail: one append-only (:Change) per write, in the same transaction as the write,
 * so a write without its record cannot happen. `from` and `to` are the values before and after
 * (any JSON-able value; stored as JSON text, because Neo4j properties cannot hold maps).
 */
export interface ChangeInput {
  /** Id of the user who made the change ('system' for scripts such as the demo loader). */
  by: string;
  /** What happened, dotted and stable, e.g. 'involvement.update', 'user.create'. */
  action: string;
  /** What it happened to, e.g. 'house:demo-001/actor:abc' or 'user:123'. */
  target: string;
  /** The house it concerns, when it concerns one (lets a house see its own history). */
  houseId?: string | null;
  from?: unknown;
  to?: unknown;
}

export interface ChangeRecord {
  id: string;
  at: string;
  by: string;
  byName: string | null;
  byEmail: string | null;
  action: string;
  target: string;
  houseId: string | null;
  from: unknown;
  to: unknown;
}

/** A change as the admin's trail shows it. */
export interface LabelledChangeRecord extends ChangeRecord {
  /** The target as a person reads it: the account's email or the house's name, when known. */
  targetLabel: string;
}

/**
 * The clause that appends one change, for a write that records its change in the same statement
 * (one round trip less on hot paths such as a level change). Pass `changeParams(...)` as
 * `$change`. A fixed text, never built from values.
 */
export const CREATE_CHANGE_CLAUSE = `CREATE (:Change {id: $change.id, at: $change.at, by: $change.by, action: $change.action,
  target: $change.target, houseId: $change.houseId, from: $change.from, to: $change.to})`;

/** The parameters of CREATE_CHANGE_CLAUSE: a new id, the time, and `from`/`to` as JSON text. */
export function changeParams(change: ChangeInput, at: Date = new Date()) {
  return {
    id: randomUUID(),
    at: at.toISOString(),
    by: change.by,
    action: change.action,
    target: change.target,
    houseId: change.houseId ?? null,
    from: change.from === undefined ? null : JSON.stringify(change.from),
    to: change.to === undefined ? null : JSON.stringify(change.to),
  };
}

/** Appends one change to the audit trail inside the caller's write transaction. */
export async function recordChange(tx: ManagedTransaction, change: ChangeInput, at: Date = new Date()): Promise<string> {
  const params = changeParams(change, at);
  await tx.run(CREATE_CHANGE_CLAUSE, { change: params });
  return params.id;
}

/** The newest changes first, optionally of one house or one action. */
export function listChanges(options: { limit?: number; houseId?: string; action?: string } = {}): Promise<LabelledChangeRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ change: ChangeRow & { targetLabel: string } }>(
      `MATCH (c:Change)
       WHERE ($houseId IS NULL OR c.houseId = $houseId) AND ($action IS NULL OR c.action = $action)
       WITH c ORDER BY c.at DESC LIMIT $limit
       OPTIONAL MATCH (u:User {id: c.by})
       OPTIONAL MATCH (tu:User {id: substring(c.target, 5)}) WHERE c.target STARTS WITH 'user:'
       OPTIONAL MATCH (th:House {id: c.houseId})
       RETURN c { .id, .at, .by, .action, .target, .houseId, .from, .to, byName: u.name, byEmail: u.email,
                  targetLabel: coalesce(tu.email, th.name, c.target) } AS change
       ORDER BY c.at DESC`,
      { houseId: options.houseId ?? null, action: options.action ?? null, limit: neo4j.int(options.limit ?? 100) },
    );
    return result.records.map((record) => {
      const row = record.get('change');
      return { ...toChangeRecord(row), targetLabel: row.targetLabel };
    });
  });
}

/** A `(:Change)` as its map projection returns it: `from`/`to` are stored as JSON text; a property never set is null. */
export interface ChangeRow {
  id: string;
  at: string;
  by: string;
  byName: string | null;
  byEmail: string | null;
  action: string;
  target: string;
  houseId: string | null;
  from: string | null;
  to: string | null;
}

/** A `(:Change)` map projection as a typed record, its `from`/`to` parsed. */
export function toChangeRecord(row: ChangeRow): ChangeRecord {
  return {
    id: row.id,
    at: row.at,
    by: row.by,
    byName: row.byName ?? null,
    byEmail: row.byEmail ?? null,
    action: row.action,
    target: row.target,
    houseId: row.houseId ?? null,
    from: parseJsonText(row.from),
    to: parseJsonText(row.to),
  };
}

function parseJsonText(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
