import 'server-only';
import { hashPassword } from 'better-auth/crypto';
import { createHouse, listHouses } from '@/graph/repositories/houses';
import { createInvitation, endInvitation, listInvitations } from '@/graph/repositories/invitations';
import { listChanges } from '@/graph/repositories/audit';
import { setUserActive } from '@/graph/repositories/user-activation';
import { createCredentialUser, listUsers, updateUserAccess } from '@/graph/repositories/users';
import { writeTx } from '@/graph/session';
import { assertAdmin } from './access';
import type { SessionUser } from '../domain/actor';
import { NotFoundError, UnknownHouseError, ValidationError } from '../domain/errors';
import type { HouseInput } from '../domain/house';
import type { Role } from '../domain/roles';

/**
 * The beheerder's work: houses, users, invitations, the audit trail. Every function checks the
 * role itself (assertAdmin), whoever calls it; every write lands in the audit trail.
 */
export async function loadAdminOverview(user: SessionUser) {
  const admin = assertAdmin(user);
  const [users, houses, invitations, changes] = await Promise.all([listUsers(), listHouses(), listInvitations(), listChanges({ limit: 100 })]);
  // Houses as the pickers show them: the name, with the area to search on.
  return {
    selfId: admin.id,
    users,
    houses: houses.map((h) => ({ id: h.id, name: h.name, detail: `${h.municipalities.join(', ')} · ${h.province} · ${h.id}` })),
    invitations,
    changes,
  };
}

export async function adminCreateUser(user: SessionUser, input: { name: string; email: string; role: Role; password: string; houseId?: string }) {
  const admin = assertAdmin(user);
  // Better Auth's own hasher (scrypt), the same one sign-in verifies with.
  const passwordHash = await hashPassword(input.password);
  return writeTx((tx) =>
    createCredentialUser(
      tx,
      { name: input.name, email: input.email, role: input.role, passwordHash, houseIds: input.houseId ? [input.houseId] : [] },
      admin.id,
    ),
  );
}

export async function adminUpdateUserAccess(user: SessionUser, input: { userId: string; role: Role; houseId?: string }) {
  const admin = assertAdmin(user);
  const outcome = await updateUserAccess(input.userId, { role: input.role, houseIds: input.houseId ? [input.houseId] : [] }, admin.id);
  if (outcome === 'no-user') throw new NotFoundError(`user ${input.userId}`);
  if (outcome === 'last-beheerder')
    throw new ValidationError({ role: ['Er moet minstens één beheerder blijven.'] }, 'Er moet minstens één beheerder blijven. Er werd niets opgeslagen.');
  if (outcome === 'no-house') throw new UnknownHouseError();
}

export async function adminCreateHouse(user: SessionUser, input: HouseInput) {
  const admin = assertAdmin(user);
  await createHouse(input, admin.id);
}

export async function adminCreateInvitation(user: SessionUser, input: { houseId: string; facilitatorId: string; from: string; until: string }) {
  const admin = assertAdmin(user);
  const id = await createInvitation(input, admin.id);
  if (!id) throw new NotFoundError('house or facilitator');
  return id;
}

export async function adminEndInvitation(user: SessionUser, invitationId: string) {
  const admin = assertAdmin(user);
  if (!(await endInvitation(invitationId, admin.id))) throw new NotFoundError(`invitation ${invitationId}`);
}

/**
 * Deactivates an account (its sessions end, sign-in is refused) or activates it again. Only the
 * beheerder, and never their own account: there is always an active beheerder left to undo it.
 */
export async function adminSetUserActive(user: SessionUser, input: { userId: string; active: boolean }): Promise<'done' | 'unchanged'> {
  const admin = assertAdmin(user);
  if (!input.active && input.userId === admin.id) {
    throw new ValidationError({ userId: ['U kunt uw eigen account niet deactiveren.'] }, 'U kunt uw eigen account niet deactiveren. Er werd niets opgeslagen.');
  }
  const outcome = await setUserActive(input.userId, input.active, admin.id);
  if (outcome === 'no-user') throw new NotFoundError(`user ${input.userId}`);
  return outcome;
}
