import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { WorkshopEvent, WorkshopEventInput } from '../../lib/domain/workshop/events';
import { NotFoundError } from '../../lib/domain/errors';
import { readStatement, readTx } from '../session';
import { keptPlan } from '../kept-plan';

/**
 * The workshop's append-only event log: (:WorkshopEvent {id, code, seq, type, payload, at}).
 * `seq` counts per workshop from 1, taken from `Workshop.seq` under the workshop's write lock, so
 * events commit in seq order. The log is the source of truth for the stream: a client that
 * reconnects gets every event after the last id it saw.
 */
export async function appendEvent(tx: ManagedTransaction, code: string, input: WorkshopEventInput, at: Date = new Date()): Promise<WorkshopEvent> {
  const result = await tx.run<{ seq: number }>(
    keptPlan(`MATCH (w:Workshop {code: $code})
     SET w.seq = coalesce(w.seq, 0) + 1
     CREATE (e:WorkshopEvent {id: $code + ':' + toString(w.seq), code: $code, seq: w.seq, type: $type, payload: $payload, at: $at})
     RETURN e.seq AS seq`),
    { code, type: input.type, payload: JSON.stringify(input.payload), at: at.toISOString() },
  );
  const row = result.records[0];
  if (!row) throw new NotFoundError(`workshop ${code}`);
  return { ...input, seq: row.get('seq'), at: at.toISOString() };
}

/** Events with seq > `after` (and ≤ `upTo` when given), in order. */
export function readEventsAfter(code: string, after: number, upTo: number | null = null, limit = 1000): Promise<WorkshopEvent[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ event: { seq: number; type: WorkshopEvent['type']; payload: string; at: string } }>(
      keptPlan(`MATCH (e:WorkshopEvent) WHERE e.code = $code AND e.seq > $after AND ($upTo IS NULL OR e.seq <= $upTo)
       RETURN e { .seq, .type, .payload, .at } AS event ORDER BY e.seq LIMIT $limit`),
      { code, after, upTo, limit: neo4j.int(limit) },
    );
    return result.records.map((r) => {
      const row = r.get('event');
      // The payload was written from this event type's own payload (appendEvent), as JSON text.
      const event: WorkshopEvent = { seq: row.seq, type: row.type, at: row.at, payload: JSON.parse(row.payload) };
      return event;
    });
  });
}

/** The newest seq of a workshop (0 when nothing happened yet). */
export function readLastSeq(code: string): Promise<number> {
  return readTx(async (tx) => {
    const result = await tx.run<{ seq: number }>(keptPlan('MATCH (w:Workshop {code: $code}) RETURN coalesce(w.seq, 0) AS seq'), { code });
    return result.records[0]?.get('seq') ?? 0;
  });
}

/**
 * The events after `after` of several workshops at once (a range seek on (code, seq) each), in
 * seq order per workshop: one statement committed with its result (one round trip), asked
 * several times a second by the workshops' poller, which just asks again after a failure.
 */
export async function readEventsAfterEach(wanted: { code: string; after: number }[], limit = 1000): Promise<{ code: string; event: WorkshopEvent }[]> {
  const records = await readStatement<{ code: string; event: { seq: number; type: WorkshopEvent['type']; payload: string; at: string } }>(
    keptPlan(`UNWIND $wanted AS w
     CALL (w) {
       MATCH (e:WorkshopEvent) WHERE e.code = w.code AND e.seq > w.after
       RETURN e ORDER BY e.seq LIMIT $limit
     }
     RETURN w.code AS code, e { .seq, .type, .payload, .at } AS event`),
    { wanted, limit: neo4j.int(limit) },
  );
  return records.map((r) => {
    const row = r.get('event');
    const event: WorkshopEvent = { seq: row.seq, type: row.type, at: row.at, payload: JSON.parse(row.payload) };
    return { code: r.get('code'), event };
  });
}
