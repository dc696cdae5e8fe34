import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { WorkshopCodeTakenError } from '../../lib/domain/errors';
import type { WorkshopEvent } from '../../lib/domain/workshop/events';
import { readTx, writeTx } from '../session';
import { recordChange } from './audit';
import { appendEvent } from './workshop-events';
import type { NewWorkshop, ParticipantRecord, WorkshopRecord } from '../../lib/domain/workshop/records';
import { keptPlan } from '../kept-plan';

const WORKSHOP = `w { .code, .houseId, .state, .opensAt, .closesAt, .closedAt, .createdBy, .createdByName, .beforeSnapshotId, .afterSnapshotId,
                    seq: coalesce(w.seq, 0), houseName: h.name, participants: COUNT { (:Participant)-[:JOINED]->(w) } }`;

/** A workshop as WORKSHOP returns it; a property never set is null. */
function toRecord(row: WorkshopRecord): WorkshopRecord {
  return {
    ...row,
    closedAt: row.closedAt ?? null,
    beforeSnapshotId: row.beforeSnapshotId ?? null,
    afterSnapshotId: row.afterSnapshotId ?? null,
  };
}

/** Creates a workshop; ConflictError when the code is taken (the caller draws another). */
export async function createWorkshop(input: NewWorkshop): Promise<void> {
  try {
    await writeTx(async (tx) => {
      await tx.run(
        `MATCH (h:House {id: $houseId})
         CREATE (w:Workshop {code: $code, houseId: $houseId, state: 'open', opensAt: $opensAt, closesAt: $closesAt,
                             createdBy: $by, createdByName: $byName, beforeSnapshotId: $beforeSnapshotId, seq: 0})-[:FOR]->(h)`,
        { ...input, opensAt: input.opensAt.toISOString(), closesAt: input.closesAt.toISOString() },
      );
      await recordChange(tx, {
        by: input.by,
        action: 'workshop.open',
        target: `house:${input.houseId}/workshop:${input.code}`,
        houseId: input.houseId,
        to: { name: `Workshop ${input.code}` },
      });
    });
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new WorkshopCodeTakenError(input.code);
    }
    throw error;
  }
}

export function findWorkshop(code: string): Promise<WorkshopRecord | null> {
  return readTx((tx) => findWorkshopIn(tx, code));
}

/** findWorkshop inside the caller's transaction. */
export async function findWorkshopIn(tx: ManagedTransaction, code: string): Promise<WorkshopRecord | null> {
  const result = await tx.run<{ workshop: WorkshopRecord }>(keptPlan(`MATCH (w:Workshop {code: $code})-[:FOR]->(h:House) RETURN ${WORKSHOP} AS workshop`), {
    code,
  });
  const raw = result.records[0]?.get('workshop');
  return raw ? toRecord(raw) : null;
}

/** The workshops of these houses, newest first. */
export function listWorkshops(houseIds: string[]): Promise<WorkshopRecord[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ workshop: WorkshopRecord }>(
      `MATCH (w:Workshop)-[:FOR]->(h:House) WHERE h.id IN $houseIds
       RETURN ${WORKSHOP} AS workshop ORDER BY w.opensAt DESC`,
      { houseIds },
    );
    return result.records.map((r) => toRecord(r.get('workshop')));
  });
}

/** Closes an open workshop and appends its last event; null when it was already closed. */
export function closeWorkshop(code: string, ctx: { by: string; afterSnapshotId: string }, at: Date = new Date()): Promise<WorkshopEvent | null> {
  return writeTx(async (tx) => {
    const result = await tx.run<{ houseId: string }>(
      `MATCH (w:Workshop {code: $code}) WHERE w.state = 'open'
       SET w.state = 'closed', w.closedAt = $at, w.afterSnapshotId = $afterSnapshotId
       RETURN w.houseId AS houseId`,
      { code, at: at.toISOString(), afterSnapshotId: ctx.afterSnapshotId },
    );
    const houseId = result.records[0]?.get('houseId');
    if (!houseId) return null;
    await recordChange(tx, { by: ctx.by, action: 'workshop.close', target: `house:${houseId}/workshop:${code}`, houseId, to: { name: `Workshop ${code}` } });
    return appendEvent(tx, code, { type: 'workshop.closed', payload: { closedAt: at.toISOString() } }, at);
  });
}

/** Adds a participant (token hash only) and announces it; null when the workshop is not open. */
export function addParticipant(code: string, input: { id: string; name: string; tokenHash: string }, at: Date = new Date()): Promise<WorkshopEvent | null> {
  return writeTx(async (tx) => {
    const result = await tx.run<{ count: number }>(
      // The workshop's write lock first (SET), so joins queue instead of deadlocking on a lock upgrade.
      `MATCH (w:Workshop {code: $code}) WHERE w.state = 'open'
       SET w.participants = coalesce(w.participants, 0) + 1
       CREATE (p:Participant {id: $id, name: $name, tokenHash: $tokenHash, code: $code, joinedAt: $at})-[:JOINED]->(w)
       RETURN w.participants AS count`,
      { code, ...input, at: at.toISOString() },
    );
    const row = result.records[0];
    if (!row) return null;
    return appendEvent(tx, code, { type: 'participant.joined', payload: { participantId: input.id, name: input.name, count: row.get('count') } }, at);
  });
}

/** The participant holding this token hash in this workshop, with the workshop. */
export function findParticipant(code: string, tokenHash: string): Promise<{ participant: ParticipantRecord; workshop: WorkshopRecord } | null> {
  return readTx(async (tx) => {
    const result = await tx.run<{ participant: ParticipantRecord; workshop: WorkshopRecord }>(
      keptPlan(`MATCH (p:Participant {tokenHash: $tokenHash})-[:JOINED]->(w:Workshop {code: $code})-[:FOR]->(h:House)
       RETURN p { .id, .name, .joinedAt } AS participant, ${WORKSHOP} AS workshop`),
      { code, tokenHash },
    );
    const row = result.records[0];
    return row ? { participant: row.get('participant'), workshop: toRecord(row.get('workshop')) } : null;
  });
}
