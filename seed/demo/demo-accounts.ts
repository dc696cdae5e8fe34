import { hashPassword } from 'better-auth/crypto';
import { recordChange } from '../../graph/repositories/audit';
import { createCredentialUser } from '../../graph/repositories/users';
import { readTx, writeTx } from '../../graph/session';
import { brusselsDate } from '../../lib/domain/brussels-date';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../../lib/domain/demo-password';
import { SYSTEM_ACTORS } from '../../lib/domain/actor';

/**
 * The demo accounts (issue 7): one coordinator per fictional house, one Kind en Gezin user and
 * one EXPOO facilitator invited by the first three fictional houses for a year. All share one
 * known password and carry `demo: true`, which is what the login page lists. Idempotent: an
 * account that exists is left as it is. Only for demo mode (scripts/setup-database.ts).
 */
export { DEMO_PASSWORD };
export const DEMO_KIND_EN_GEZIN_EMAIL = `kind-en-gezin@${DEMO_DOMAIN}`;
export const DEMO_FACILITATOR_EMAIL = `expoo@${DEMO_DOMAIN}`;
const INVITING_HOUSES = 3;

export function demoCoordinatorEmail(houseId: string): string {
  return `coordinator.${houseId}@${DEMO_DOMAIN}`;
}

export async function ensureDemoAccounts({ log = console.log }: { log?: (line: string) => void } = {}): Promise<{ created: number }> {
  const { houses, existing } = await readTx(async (tx) => {
    const h = await tx.run('MATCH (h:House {fictional: true}) RETURN h.id AS id, h.name AS name ORDER BY h.id');
    const u = await tx.run('MATCH (u:User {demo: true}) RETURN u.email AS email');
    return {
      houses: h.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string })),
      existing: new Set(u.records.map((r) => r.get('email') as string)),
    };
  });
  // One hash for all: the password is public anyway, and 118 scrypt runs would cost half a minute.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const wanted = [
    ...houses.map((h) => ({ email: demoCoordinatorEmail(h.id), name: `Coördinator ${h.name}`, role: 'coordinator' as const, houseIds: [h.id] })),
    { email: DEMO_KIND_EN_GEZIN_EMAIL, name: 'Kind en Gezin (demo)', role: 'kind_en_gezin' as const, houseIds: [] },
    { email: DEMO_FACILITATOR_EMAIL, name: 'Facilitator EXPOO (demo)', role: 'facilitator' as const, houseIds: [] },
  ].filter((account) => !existing.has(account.email));

  const created = await writeTx(async (tx) => {
    for (const account of wanted) await createCredentialUser(tx, { ...account, passwordHash, demo: true }, SYSTEM_ACTORS.demoSeed.id);
    // `npm run seed:demo -- --reset` recreates the houses, which drops their links: restore them.
    await tx.run(
      `UNWIND $links AS link
       MATCH (u:User {email: link.email, demo: true}), (h:House {id: link.houseId, fictional: true})
       MERGE (u)-[:COORDINATES]->(h)`,
      { links: houses.map((h) => ({ email: demoCoordinatorEmail(h.id), houseId: h.id })) },
    );
    const facilitator = await tx.run('MATCH (u:User {email: $email, demo: true}) RETURN u.id AS id', { email: DEMO_FACILITATOR_EMAIL });
    const facilitatorId = facilitator.records[0]?.get('id') as string | undefined;
    if (facilitatorId)
      await inviteFacilitator(
        tx,
        facilitatorId,
        houses.slice(0, INVITING_HOUSES).map((h) => h.id),
      );
    return wanted.length;
  });
  log(created ? `Demo accounts: ${created} created (password “${DEMO_PASSWORD}”).` : 'Demo accounts: present.');
  return { created };
}

async function inviteFacilitator(tx: Parameters<Parameters<typeof writeTx>[0]>[0], facilitatorId: string, houseIds: string[]) {
  const from = brusselsDate();
  const until = `${Number(from.slice(0, 4)) + 1}${from.slice(4)}`;
  for (const houseId of houseIds) {
    const id = `demo-invitation-${houseId}`;
    const existing = await tx.run('MATCH (i:Invitation {id: $id})-[:FOR]->(:House {id: $houseId}) RETURN count(i) AS n', { id, houseId });
    if ((existing.records[0].get('n') as number) > 0) continue;
    await tx.run(
      `MATCH (h:House {id: $houseId}), (u:User {id: $facilitatorId})
       MERGE (i:Invitation {id: $id})
       ON CREATE SET i.houseId = h.id, i.facilitatorId = u.id, i.from = $from, i.until = $until,
                     i.createdAt = $now, i.createdBy = $by
       MERGE (i)-[:FOR]->(h) MERGE (i)-[:TO]->(u)`,
      { id, houseId, facilitatorId, from, until, now: new Date().toISOString(), by: SYSTEM_ACTORS.demoSeed.id },
    );
    await recordChange(tx, {
      by: SYSTEM_ACTORS.demoSeed.id,
      action: 'invitation.create',
      target: `invitation:${id}`,
      houseId,
      to: { houseId, facilitatorId, from, until },
    });
  }
}
