import { recordChange } from './audit';
import { readTx, writeTx } from '../session';

/**
 * Deactivating an account: (:User {deactivatedAt, deactivatedBy}). A deactivated account keeps
 * its role, houses and history, cannot sign in (lib/edge/auth.ts refuses the new session) and is not
 * resolved from an old cookie (users.ts reads only active users); its sessions end in the same
 * transaction as the deactivation. Reactivating removes the mark. Both land in the audit trail.
 */
export type ActivationOutcome = 'done' | 'unchanged' | 'no-user';

export function setUserActive(userId: string, active: boolean, by: string, now: Date = new Date()): Promise<ActivationOutcome> {
  return writeTx(async (tx) => {
    const found = await tx.run<{ active: boolean; email: string }>('MATCH (u:User {id: $userId}) RETURN u.email AS email, u.deactivatedAt IS NULL AS active', {
      userId,
    });
    const row = found.records[0];
    if (!row) return 'no-user';
    if (row.get('active') === active) return 'unchanged';
    const email = row.get('email');
    if (active) {
      await tx.run('MATCH (u:User {id: $userId}) REMOVE u.deactivatedAt, u.deactivatedBy SET u.updatedAt = $now', { userId, now: now.toISOString() });
      await recordChange(tx, { by, action: 'user.reactivate', target: `user:${userId}`, from: { active: false }, to: { email } }, now);
      return 'done';
    }
    const ended = await tx.run<{ n: number }>(
      `MATCH (u:User {id: $userId})
       SET u.deactivatedAt = $now, u.deactivatedBy = $by, u.updatedAt = $now
       WITH u
       OPTIONAL MATCH (s:Session {userId: $userId})
       WITH collect(s) AS sessions
       FOREACH (s IN sessions | DELETE s)
       RETURN size(sessions) AS n`,
      { userId, by, now: now.toISOString() },
    );
    const sessions = ended.records[0].get('n') ?? 0;
    await recordChange(tx, { by, action: 'user.deactivate', target: `user:${userId}`, from: { active: true }, to: { email, sessions } }, now);
    return 'done';
  });
}

/** True when the account exists and is deactivated. */
export function isUserDeactivated(userId: string): Promise<boolean> {
  return readTx(async (tx) => {
    const result = await tx.run<{ deactivated: boolean }>('MATCH (u:User {id: $userId}) RETURN u.deactivatedAt IS NOT NULL AS deactivated', { userId });
    return result.records[0]?.get('deactivated') ?? false;
  });
}
