import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { ConflictError, UnknownHouseError } from '../../lib/domain/errors';
import type { Role } from '../../lib/domain/roles';
import { readTx, writeTx } from '../session';
import { recordChange } from './audit';
import { keptPlan } from '../kept-plan';

/**
 * The product's side of a user: role, the houses they coordinate, the houses whose invitation
 * they hold. Better Auth keeps name, email, sessions and password (graph/auth/neo4j-adapter.ts)
 * on the same (:User) node.
 */
export interface AccessProfile {
  id: string;
  email: string;
  name: string;
  role: Role | null;
  /** Houses this user coordinates. */
  coordinates: string[];
  /** Houses whose facilitation invitation runs today (from <= today <= until, not ended). */
  facilitates: string[];
}

export interface UserListing {
  id: string;
  email: string;
  name: string;
  role: Role | null;
  demo: boolean;
  /** Deactivated by the beheerder: cannot sign in (graph/repositories/user-activation.ts). */
  deactivated: boolean;
  createdAt: string | null;
  houses: { id: string; name: string }[];
}

/**
 * Role and houses of `u`, as of `$today` (shared by the two lookups below). The houses are
 * collected in subqueries so the lookup stays one row per user: aggregating after an OPTIONAL
 * MATCH with `WITH *` grouped per house and per invitation, and the first row then held only one.
 */
const PROFILE = `RETURN u { .id, .email, .name, .role,
         coordinates: COLLECT { MATCH (u)-[:COORDINATES]->(c:House) RETURN DISTINCT c.id },
         facilitates: COLLECT {
           MATCH (i:Invitation)-[:TO]->(u), (i)-[:FOR]->(f:House)
           WHERE i.from <= $today AND $today <= i.until AND i.endedAt IS NULL
           RETURN DISTINCT f.id
         } } AS user`;

/** A user as PROFILE returns it (a property never set is null). */
interface ProfileRow {
  id: string;
  email: string;
  name: string | null;
  role: Role | null;
  coordinates: string[];
  facilitates: string[];
}

function toProfile(row: ProfileRow | undefined): AccessProfile | null {
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name ?? '',
    role: row.role ?? null,
    coordinates: (row.coordinates ?? []).sort(),
    facilitates: (row.facilitates ?? []).sort(),
  };
}

/** The role and houses of one user on a given day; null when the user does not exist or is deactivated. */
export function findAccessProfile(userId: string, today: string): Promise<AccessProfile | null> {
  return readTx(async (tx) => {
    const result = await tx.run<{ user: ProfileRow }>(keptPlan(`MATCH (u:User {id: $userId}) WHERE u.deactivatedAt IS NULL ${PROFILE}`), { userId, today });
    return toProfile(result.records[0]?.get('user'));
  });
}

export interface SessionAccess {
  /** When the session ends (ISO-8601, as Better Auth stores it). */
  expiresAt: string;
  profile: AccessProfile;
}

/**
 * A session by its token with its user's role and houses, in one read inside the caller's
 * transaction: the hot path of every request (lib/edge/session-user.ts), together with the
 * request's own reads. Null when there is no such session or user, or the user is deactivated.
 */
export async function findSessionAccessIn(tx: ManagedTransaction, token: string, today: string): Promise<SessionAccess | null> {
  const result = await tx.run<{ user: ProfileRow; expiresAt: string }>(
    keptPlan(`MATCH (s:Session {token: $token})
     MATCH (u:User {id: s.userId}) WHERE u.deactivatedAt IS NULL
     WITH s.expiresAt AS expiresAt, u
     ${PROFILE}, expiresAt`),
    { token, today },
  );
  const row = result.records[0];
  const profile = toProfile(row?.get('user'));
  return profile ? { expiresAt: row!.get('expiresAt'), profile } : null;
}

export function houseExists(houseId: string): Promise<boolean> {
  return readTx(async (tx) => {
    const result = await tx.run<{ exists: boolean }>('MATCH (h:House {id: $houseId}) RETURN count(h) > 0 AS exists', { houseId });
    return result.records[0].get('exists');
  });
}

export function listUsers(): Promise<UserListing[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{
      user: {
        id: string;
        email: string;
        name: string | null;
        role: Role | null;
        createdAt: string | null;
        demo: boolean;
        deactivated: boolean;
        houses: { id: string; name: string }[];
      };
    }>(
      `MATCH (u:User)
       OPTIONAL MATCH (u)-[:COORDINATES]->(h:House)
       WITH u, h ORDER BY h.name
       WITH u, [x IN collect(h) WHERE x IS NOT NULL | x { .id, .name }] AS houses
       ORDER BY u.role, u.name, u.email
       RETURN u { .id, .email, .name, .role, .createdAt, demo: coalesce(u.demo, false), deactivated: u.deactivatedAt IS NOT NULL, houses: houses } AS user`,
    );
    return result.records.map((record) => {
      const row = record.get('user');
      return {
        id: row.id,
        email: row.email,
        name: row.name ?? '',
        role: row.role ?? null,
        demo: Boolean(row.demo),
        deactivated: Boolean(row.deactivated),
        createdAt: row.createdAt ?? null,
        houses: row.houses,
      };
    });
  });
}

export interface NewCredentialUser {
  email: string;
  name: string;
  role: Role;
  /** A hash made by Better Auth's own hasher (better-auth/crypto `hashPassword`). */
  passwordHash: string;
  /** Houses a coordinator coordinates. */
  houseIds?: string[];
  /** Demo accounts are listed on the login page in demo mode. */
  demo?: boolean;
}

/**
 * Creates a user that signs in with email and password, in the shape Better Auth reads:
 * a (:User) and a credential (:Account) holding the password hash. Used by the admin, the
 * first-start page and the demo accounts; public sign-up is off.
 */
export async function createCredentialUser(tx: ManagedTransaction, input: NewCredentialUser, by: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  const email = input.email.trim().toLowerCase();
  const houseIds = input.role === 'coordinator' ? (input.houseIds ?? []) : [];
  const found = await tx.run<{ n: number }>('MATCH (h:House) WHERE h.id IN $houseIds RETURN count(h) AS n', { houseIds });
  if (found.records[0].get('n') !== new Set(houseIds).size) {
    throw new UnknownHouseError();
  }
  try {
    await tx.run(
      `CREATE (u:User {id: $id, email: $email, name: $name, role: $role, emailVerified: false,
                       demo: $demo, createdAt: $now, updatedAt: $now})
       CREATE (:Account {id: $accountId, accountId: $id, providerId: 'credential', userId: $id,
                         password: $passwordHash, createdAt: $now, updatedAt: $now})
       WITH u
       UNWIND $houseIds AS houseId
       MATCH (h:House {id: houseId})
       MERGE (u)-[:COORDINATES]->(h)`,
      {
        id,
        accountId: randomUUID(),
        email,
        name: input.name.trim(),
        role: input.role,
        demo: input.demo ?? false,
        now,
        passwordHash: input.passwordHash,
        houseIds,
      },
    );
  } catch (error) {
    if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new ConflictError(`User ${email} already exists`, `Er bestaat al een account met het e-mailadres “${email}”.`);
    }
    throw error;
  }
  await recordChange(tx, {
    by,
    action: 'user.create',
    target: `user:${id}`,
    to: { email, name: input.name.trim(), role: input.role, houseIds: input.houseIds ?? [] },
  });
  return id;
}

/**
 * Changes role and coordinated houses of a user, recorded in the audit trail. Answers
 * 'no-user' or 'no-house' (and writes nothing) when one of them does not exist, and
 * 'last-beheerder' when it would leave the product without a beheerder.
 */
export function updateUserAccess(
  userId: string,
  change: { role: Role; houseIds: string[] },
  by: string,
): Promise<'done' | 'no-user' | 'no-house' | 'last-beheerder'> {
  return writeTx(async (tx) => {
    const before = await tx.run<{ role: Role | null; houseIds: string[] }>(
      `MATCH (u:User {id: $userId}) OPTIONAL MATCH (u)-[:COORDINATES]->(h:House)
       RETURN u.role AS role, [x IN collect(h.id) WHERE x IS NOT NULL] AS houseIds`,
      { userId },
    );
    if (!before.records.length) return 'no-user';
    const houseIds = change.role === 'coordinator' ? change.houseIds : [];
    const found = await tx.run<{ n: number }>('MATCH (h:House) WHERE h.id IN $houseIds RETURN count(h) AS n', { houseIds });
    if (found.records[0].get('n') !== new Set(houseIds).size) return 'no-house';
    if (before.records[0].get('role') === 'beheerder' && change.role !== 'beheerder') {
      // Another active beheerder must remain (a deactivated one cannot sign in to manage anything).
      const admins = await tx.run<{ n: number }>("MATCH (b:User {role: 'beheerder'}) WHERE b.deactivatedAt IS NULL AND b.id <> $userId RETURN count(b) AS n", {
        userId,
      });
      if (admins.records[0].get('n') < 1) return 'last-beheerder';
    }
    await tx.run(
      `MATCH (u:User {id: $userId})
       SET u.role = $role, u.updatedAt = $now
       WITH u
       OPTIONAL MATCH (u)-[old:COORDINATES]->(:House)
       DELETE old
       WITH DISTINCT u
       UNWIND $houseIds AS houseId
       MATCH (h:House {id: houseId})
       MERGE (u)-[:COORDINATES]->(h)`,
      { userId, role: change.role, houseIds, now: new Date().toISOString() },
    );
    await recordChange(tx, {
      by,
      action: 'user.update_access',
      target: `user:${userId}`,
      from: { role: before.records[0].get('role'), houseIds: before.records[0].get('houseIds').sort() },
      to: { role: change.role, houseIds: [...houseIds].sort() },
    });
    return 'done';
  });
}

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  houseName: string | null;
}

/** The demo accounts (demo mode), for the login page: the agency and EXPOO first, then the houses. */
export function listDemoAccounts(): Promise<DemoAccount[]> {
  return readTx(async (tx) => {
    const result = await tx.run<{ email: string; name: string; role: Role; houseName: string | null }>(
      `MATCH (u:User {demo: true})
       OPTIONAL MATCH (u)-[:COORDINATES]->(h:House)
       WITH u, min(h.name) AS houseName, min(h.id) AS houseId
       RETURN u.email AS email, u.name AS name, u.role AS role, houseName
       ORDER BY CASE u.role WHEN 'kind_en_gezin' THEN 0 WHEN 'facilitator' THEN 1 ELSE 2 END, houseId, u.email`,
    );
    return result.records.map((r) => ({
      email: r.get('email'),
      name: r.get('name'),
      role: r.get('role'),
      houseName: r.get('houseName') ?? null,
    }));
  });
}
