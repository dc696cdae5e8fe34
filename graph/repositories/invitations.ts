import { randomUUID } from 'node:crypto';
import { readTx, writeTx } from '../session';
import { recordChange } from './audit';

/**
 * A house invites an EXPOO facilitator for a period: (:Invitation {id, from, until})-[:FOR]->
 * (:House), -[:TO]->(:User). Dates are calendar days (YYYY-MM-DD, Belgian time), `until`
 * included. Ending one early sets `endedAt`; nothing is deleted, so the history stays.
 */
export interface InvitationInput {
  houseId: string;
  facilitatorId: string;
  from: string;
  until: string;
}

export interface InvitationListing extends InvitationInput {
  id: string;
  houseName: string;
  facilitatorName: string;
  facilitatorEmail: string;
  endedAt: string | null;
}

/** Creates an invitation; null when the house or the facilitator does not exist. */
export function createInvitation(input: InvitationInput, by: string): Promise<string | null> {
  return writeTx(async (tx) => {
    const id = randomUUID();
    const result = await tx.run(
      `MATCH (h:House {id: $houseId}), (u:User {id: $facilitatorId, role: 'facilitator'})
       CREATE (i:Invitation {id: $id, houseId: h.id, facilitatorId: u.id, from: $from, until: $until,
                             createdAt: $now, createdBy: $by})
       CREATE (i)-[:FOR]->(h), (i)-[:TO]->(u)
       RETURN i.id AS id`,
      { ...input, id, by, now: new Date().toISOString() },
    );
    if (!result.records.length) return null;
    await recordChange(tx, { by, action: 'invitation.create', target: `invitation:${id}`, houseId: input.houseId, to: input });
    return id;
  });
}

/** Ends an invitation now; false when it does not exist or already ended. */
export function endInvitation(id: string, by: string): Promise<boolean> {
  return writeTx(async (tx) => {
    const now = new Date().toISOString();
    const result = await tx.run<{ houseId: string }>(
      `MATCH (i:Invitation {id: $id}) WHERE i.endedAt IS NULL
       SET i.endedAt = $now
       RETURN i.houseId AS houseId, i.until AS until`,
      { id, now },
    );
    if (!result.records.length) return false;
    await recordChange(tx, {
      by,
      action: 'invitation.end',
      target: `invitation:${id}`,
      houseId: result.records[0].get('houseId'),
      from: { endedAt: null },
      to: { endedAt: now },
    });
    return true;
  });
}

export function listInvitations(): Promise<InvitationListing[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ invitation: InvitationListing }>(
      `MATCH (i:Invitation)-[:FOR]->(h:House), (i)-[:TO]->(u:User)
       RETURN i { .id, .houseId, .facilitatorId, .from, .until, .endedAt,
                  houseName: h.name, facilitatorName: u.name, facilitatorEmail: u.email } AS invitation
       ORDER BY i.until DESC, h.name`,
    );
    return result.records.map((record) => {
      const row = record.get('invitation');
      return { ...row, endedAt: row.endedAt ?? null };
    });
  });
}
