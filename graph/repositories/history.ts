import neo4j from 'neo4j-driver';
import { readTx } from '../session';

export interface HouseChange {
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

/**
 * A house's changes, newest first: all of them, or those of one target (an actor or a type,
 * e.g. 'house:demo-001/actor:abc'). Reads the audit trail written by graph/repositories/audit.ts.
 */
export function readHouseHistory(houseId: string, options: { target?: string; limit?: number } = {}): Promise<HouseChange[]> {
  return readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (c:Change {houseId: $houseId})
       WHERE $target IS NULL OR c.target = $target
       WITH c ORDER BY c.at DESC LIMIT $limit
       OPTIONAL MATCH (u:User {id: c.by})
       RETURN c { .id, .at, .by, .action, .target, .houseId, .from, .to, byName: u.name, byEmail: u.email } AS change
       ORDER BY c.at DESC`,
      { houseId, target: options.target ?? null, limit: neo4j.int(options.limit ?? 200) },
    );
    return result.records.map((record) => {
      const raw = record.get('change') as Record<string, unknown>;
      return {
        id: raw.id as string,
        at: raw.at as string,
        by: raw.by as string,
        byName: (raw.byName as string | null) ?? null,
        byEmail: (raw.byEmail as string | null) ?? null,
        action: raw.action as string,
        target: raw.target as string,
        houseId: (raw.houseId as string | null) ?? null,
        from: parse(raw.from),
        to: parse(raw.to),
      };
    });
  });
}

function parse(value: unknown): unknown {
  if (typeof value !== 'string') return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
