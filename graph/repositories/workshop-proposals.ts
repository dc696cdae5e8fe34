import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { LevelCode } from '../../lib/domain/levels';
import type { NetworkPatch, ProposalContent, ProposalStatus, ProposalView, WorkshopEvent } from '../../lib/domain/workshop/events';
import { readTx, writeTx } from '../session';
import { changeParams, CREATE_CHANGE_CLAUSE } from './audit';
import { appendEvent } from './workshop-events';
import { markTiming } from '../timing-marks';
import type { TieKind } from '../../lib/domain/ties/tie-kinds';
import { keptPlan } from '../kept-plan';

/**
 * Proposals of a workshop: (:Proposal {id, code, seq, actorKey, actorName, typeName, now, desired,
 * note, newActorName, newActorType, status, by, byName, at, basedOnVersion, decidedAt,
 * decidedBy, decidedByName, conflictLevel, conflictVersion, targetKey, tieFrom, tieTo, tieKind})-[:IN]->(:Workshop).
 * Every change of a proposal appends its event in the same transaction.
 */
export interface NewProposal extends ProposalContent {
  basedOnVersion: number;
}

const PROPOSAL = `p { .id, .seq, .actorKey, .actorName, .typeName, .now, .desired, .note, .newActorName, .newActorType, .status,
                    byId: p.by, .byName, .at, .basedOnVersion, .decidedAt, .decidedByName, .conflictLevel, .conflictVersion, .targetKey,
                    .tieFrom, .tieTo, .tieKind }`;

/** A proposal as PROPOSAL returns it: a property never set is null. */
interface ProposalRow {
  id: string;
  seq: number;
  actorKey: string | null;
  actorName: string;
  typeName: string | null;
  now: LevelCode | null;
  desired: LevelCode | null;
  note: string | null;
  newActorName: string | null;
  newActorType: string | null;
  status: ProposalStatus;
  byId: string;
  byName: string;
  at: string;
  basedOnVersion: number | null;
  decidedAt: string | null;
  decidedByName: string | null;
  conflictLevel: LevelCode | null;
  conflictVersion: number | null;
  targetKey: string | null;
  /** A tie proposal's ends and kind (issue 17). */
  tieFrom: string | null;
  tieTo: string | null;
  tieKind: TieKind | null;
}

function toView(row: ProposalRow): ProposalView {
  return {
    id: row.id,
    seq: row.seq,
    actorKey: row.actorKey ?? null,
    actorName: row.actorName,
    typeName: row.typeName ?? null,
    now: row.now ?? null,
    desired: row.desired ?? null,
    note: row.note ?? null,
    newActorName: row.newActorName ?? null,
    newActorType: row.newActorType ?? null,
    status: row.status,
    byId: row.byId,
    byName: row.byName,
    at: row.at,
    basedOnVersion: row.basedOnVersion ?? 0,
    decidedAt: row.decidedAt ?? null,
    decidedByName: row.decidedByName ?? null,
    conflict: row.conflictVersion === null || row.conflictVersion === undefined ? null : { level: row.conflictLevel ?? null, version: row.conflictVersion },
    targetKey: row.targetKey ?? null,
    tie: row.tieKind ? { from: row.tieFrom!, to: row.tieTo!, kind: row.tieKind } : null,
  };
}

/** Files a proposal of a participant; null when the workshop is not open. */
export function createProposal(
  code: string,
  input: NewProposal,
  by: { id: string; name: string },
  at: Date = new Date(),
): Promise<{ proposal: ProposalView; event: WorkshopEvent } | null> {
  return writeTx(async (tx) => {
    const result = await tx.run<{ proposal: ProposalRow }>(
      keptPlan(`MATCH (w:Workshop {code: $code}) WHERE w.state = 'open'
       SET w.proposals = coalesce(w.proposals, 0) + 1
       CREATE (p:Proposal {id: $id, code: $code, seq: w.proposals, actorKey: $i.actorKey, actorName: $i.actorName, typeName: $i.typeName,
                           now: $i.now, desired: $i.desired, note: $i.note, newActorName: $i.newActorName, newActorType: $i.newActorType,
                           status: 'pending', by: $by, byName: $byName, at: $at, basedOnVersion: $i.basedOnVersion,
                           tieFrom: $i.tie.from, tieTo: $i.tie.to, tieKind: $i.tie.kind})-[:IN]->(w)
       RETURN ${PROPOSAL} AS proposal`),
      {
        code,
        id: `proposal-${randomUUID()}`,
        i: { ...input, tie: input.tie ?? { from: null, to: null, kind: null } },
        by: by.id,
        byName: by.name,
        at: at.toISOString(),
      },
    );
    const raw = result.records[0]?.get('proposal');
    if (!raw) return null;
    const proposal = toView(raw);
    const event = await appendEvent(tx, code, { type: 'proposal.created', payload: { proposal } }, at);
    return { proposal, event };
  });
}

export function readProposal(code: string, id: string): Promise<ProposalView | null> {
  return readTx((tx) => readProposalIn(tx, code, id));
}

/** readProposal inside the caller's transaction. */
export async function readProposalIn(tx: ManagedTransaction, code: string, id: string): Promise<ProposalView | null> {
  const result = await tx.run<{ proposal: ProposalRow }>(keptPlan(`MATCH (p:Proposal {id: $id, code: $code}) RETURN ${PROPOSAL} AS proposal`), { code, id });
  const raw = result.records[0]?.get('proposal');
  return raw ? toView(raw) : null;
}

/** Every proposal of a workshop, in the order they came. */
export function listProposals(code: string, limit = 500): Promise<ProposalView[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ proposal: ProposalRow }>(`MATCH (p:Proposal {code: $code}) RETURN ${PROPOSAL} AS proposal ORDER BY p.seq LIMIT $limit`, {
      code,
      limit: neo4j.int(limit),
    });
    return result.records.map((r) => toView(r.get('proposal')));
  });
}

export interface Decider {
  id: string;
  name: string;
  houseId: string;
}

/**
 * Marks a pending proposal accepted, in the transaction of the map write it caused (so both
 * commit or neither), with its audit record and its event, in one statement: this is the hot
 * path of a workshop. `pending` is the proposal as the caller read it; the event carries it as
 * decided, so the statement applies only while the stored proposal is still that one (pending,
 * same conflict mark) and the workshop still open. Null otherwise: someone decided it, or the
 * workshop closed, meanwhile.
 */
export async function acceptInTx(
  tx: ManagedTransaction,
  {
    code,
    pending,
    by,
    targetKey,
    patch,
    at = new Date(),
  }: { code: string; pending: ProposalView; by: Decider; targetKey: string; patch: NetworkPatch; at?: Date },
): Promise<WorkshopEvent | null> {
  markTiming('acceptStatement');
  const proposal: ProposalView = { ...pending, status: 'accepted', decidedAt: at.toISOString(), decidedByName: by.name, targetKey };
  const payload = { proposal, patch };
  const change = changeParams(
    {
      by: by.id,
      action: 'workshop.accept',
      target: `house:${by.houseId}/${targetKey}`,
      houseId: by.houseId,
      to: { name: proposal.actorName, proposedBy: proposal.byName, workshop: code, now: proposal.now, desired: proposal.desired },
    },
    at,
  );
  // The workshop's lock first (its seq), then the proposal read under it: two clicks decide once.
  const result = await tx.run<{ seq: number }>(
    keptPlan(`MATCH (w:Workshop {code: $code})
     SET w.seq = coalesce(w.seq, 0) + 1
     WITH w
     MATCH (p:Proposal {id: $id, code: $code})
     WHERE w.state = 'open' AND w.closesAt > $at AND p.status = 'pending' AND coalesce(p.conflictVersion, -1) = $conflictVersion
     SET p.status = 'accepted', p.decidedAt = $at, p.decidedBy = $by, p.decidedByName = $byName, p.targetKey = $targetKey
     CREATE (e:WorkshopEvent {id: $code + ':' + toString(w.seq), code: $code, seq: w.seq, type: 'proposal.accepted', payload: $payload, at: $at})
     WITH e
     ${CREATE_CHANGE_CLAUSE}
     RETURN e.seq AS seq`),
    {
      code,
      id: pending.id,
      conflictVersion: pending.conflict?.version ?? -1,
      at: at.toISOString(),
      by: by.id,
      byName: by.name,
      targetKey,
      payload: JSON.stringify(payload),
      change,
    },
  );
  markTiming('acceptStatementDone');
  const row = result.records[0];
  if (!row) return null;
  return { type: 'proposal.accepted', payload, seq: row.get('seq'), at: at.toISOString() };
}

/** Sets a pending proposal aside (it changes nothing on the map); null when no longer pending. */
export function setAside(code: string, id: string, by: Decider, at: Date = new Date()): Promise<WorkshopEvent | null> {
  return writeTx(async (tx) => {
    const proposal = await decide(tx, { code, id, status: 'set_aside', by, at, targetKey: null });
    if (!proposal) return null;
    return appendEvent(tx, code, { type: 'proposal.set_aside', payload: { proposal } }, at);
  });
}

/** Records that an accept was refused as stale, with the entry's current state. */
export function markConflict(
  code: string,
  id: string,
  current: { level: LevelCode | null; version: number },
  at: Date = new Date(),
): Promise<WorkshopEvent | null> {
  return writeTx(async (tx) => {
    const result = await tx.run<{ proposal: ProposalRow }>(
      keptPlan(`MATCH (w:Workshop {code: $code}) SET w.seq = coalesce(w.seq, 0)
       WITH w MATCH (p:Proposal {id: $id, code: $code}) WHERE p.status = 'pending'
       SET p.conflictLevel = $level, p.conflictVersion = $version
       RETURN ${PROPOSAL} AS proposal`),
      { code, id, level: current.level, version: current.version },
    );
    const raw = result.records[0]?.get('proposal');
    if (!raw) return null;
    return appendEvent(tx, code, { type: 'proposal.conflict', payload: { proposal: toView(raw) } }, at);
  });
}

async function decide(
  tx: ManagedTransaction,
  { code, id, status, by, at, targetKey }: { code: string; id: string; status: ProposalStatus; by: Decider; at: Date; targetKey: string | null },
): Promise<ProposalView | null> {
  // Lock the workshop first (as appendEvent will), then change the proposal only while pending:
  // two clicks on one proposal decide it once.
  const result = await tx.run<{ proposal: ProposalRow }>(
    keptPlan(`MATCH (w:Workshop {code: $code}) SET w.seq = coalesce(w.seq, 0)
     WITH w MATCH (p:Proposal {id: $id, code: $code}) WHERE p.status = 'pending'
     SET p.status = $status, p.decidedAt = $at, p.decidedBy = $by, p.decidedByName = $byName, p.targetKey = $targetKey
     RETURN ${PROPOSAL} AS proposal`),
    { code, id, status, at: at.toISOString(), by: by.id, byName: by.name, targetKey },
  );
  const raw = result.records[0]?.get('proposal');
  return raw ? toView(raw) : null;
}
