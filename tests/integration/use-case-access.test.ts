import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readTx } from '@/graph/session';
import type { SessionUser } from '@/lib/domain/actor';
import { ForbiddenError, UnauthenticatedError } from '@/lib/domain/errors';
import type { Role } from '@/lib/domain/roles';
import { adminCreateHouse, adminSetUserActive, loadAdminOverview } from '@/lib/use-cases/admin';
import { readArrangements, resetArrangement, saveArrangement } from '@/lib/use-cases/arrangements';
import { getBackupPage } from '@/lib/use-cases/backup/backup-page';
import { createBackup } from '@/lib/use-cases/backup/create-backup';
import { getHouseHistory } from '@/lib/use-cases/history';
import { getHouseMap } from '@/lib/use-cases/house-map';
import { getAdminImportPage } from '@/lib/use-cases/imports/admin-import-page';
import { exportHousesMatrix } from '@/lib/use-cases/imports/export-houses';
import { getHouseImportPage } from '@/lib/use-cases/imports/house-import-page';
import { addCustomType, addForum, addNamedActor, updateEntry } from '@/lib/use-cases/involvement';
import { loadComparison } from '@/lib/use-cases/overview/load-comparison';
import { loadMinimumOffer, loadOverview } from '@/lib/use-cases/overview/load-overview';
import { readPresentation, savePresentation } from '@/lib/use-cases/presentations';
import { createShareLink, listShareLinks } from '@/lib/use-cases/share-links';
import { getSnapshots, takeSnapshot } from '@/lib/use-cases/snapshots';
import { getTimeline } from '@/lib/use-cases/timeline';
import { createTie } from '@/lib/use-cases/ties/tie-writes';
import { readTieOverview } from '@/lib/use-cases/ties/tie-overview';
import { openWorkshop } from '@/lib/use-cases/workshops/open';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';

// Security is on the server: every use case checks the acting user it is given, whoever calls it.
// Each row calls a use case directly, as a user who may not do it (another house's coordinator
// or facilitator, Kind en Gezin for a write, anyone but the beheerder for administration) and
// expects a refusal before anything is read or written; the house's graph is the same after.

let houseId: string;
const created: string[] = [];

const user = (role: Role, houseIds: string[] = []): SessionUser => ({ id: `acting-${role}-${houseIds.join('-') || 'none'}`, email: `${role}@test.netwerkkaart.local`, name: `Test ${role}`, role, houseIds });

/** Everything hanging off the house: nodes, relationships and their versions and levels. */
async function houseFootprint(id: string): Promise<string> {
  return readTx(async (tx) => {
    const res = await tx.run<{ nodes: number; rels: number; state: unknown[] }>(
      `MATCH (h:House {id: $id}) OPTIONAL MATCH (h)-[r]-(n)
       RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect([type(r), r.version, r.level]) AS state`,
      { id },
    );
    const row = res.records[0];
    return JSON.stringify([row.get('nodes'), row.get('rels'), row.get('state')]);
  });
}

beforeAll(async () => {
  const fixture = await createNetworkFixture({ idPrefix: 'uca', answers: [{ type: 'ocmw', level: 'minimaal' }] });
  houseId = fixture.houseId;
  created.push(houseId);
});

afterAll(async () => {
  await deleteNetworkFixtures(created);
  await closeDriver();
});

describe('use cases refuse a user who may not act', () => {
  const otherCoordinator = user('coordinator', ['elders']);
  const otherFacilitator = user('facilitator', ['elders']);
  const agency = user('kind_en_gezin');
  const coordinator = () => user('coordinator', [houseId]);

  const houseReads: [string, (u: SessionUser) => Promise<unknown>][] = [
    ['getHouseMap', (u) => getHouseMap(u, houseId, null)],
    ['getHouseHistory', (u) => getHouseHistory(u, houseId)],
    ['getSnapshots', (u) => getSnapshots(u, houseId)],
    ['getTimeline', (u) => getTimeline(u, houseId, null)],
    ['readArrangements', (u) => readArrangements(u, houseId)],
    ['readPresentation', (u) => readPresentation(u, houseId)],
    ['listShareLinks', (u) => listShareLinks(u, houseId)],
  ];
  const houseWrites: [string, (u: SessionUser) => Promise<unknown>][] = [
    ['updateEntry', (u) => updateEntry(u, houseId, 'type:ocmw', { level: 'kernpartner', version: 1 })],
    ['addNamedActor', (u) => addNamedActor(u, houseId, { name: 'Indringer', typeCode: 'ocmw', level: 'kernpartner' })],
    ['addCustomType', (u) => addCustomType(u, houseId, { name: 'Indringer', level: 'kernpartner' })],
    ['addForum', (u) => addForum(u, houseId, { name: 'Indringersoverleg' })],
    ['takeSnapshot', (u) => takeSnapshot(u, houseId, { label: 'Indringer' })],
    ['saveArrangement', (u) => saveArrangement(u, houseId, 'ringen', { positions: {}, version: 0 })],
    ['resetArrangement', (u) => resetArrangement(u, houseId, 'ringen', { version: 0 })],
    ['savePresentation', (u) => savePresentation(u, houseId, { steps: [], version: 0 })],
    ['createShareLink', (u) => createShareLink(u, houseId, { scope: 'kaart', days: 7, label: 'Indringer' })],
    ['createTie', (u) => createTie(u, houseId, { from: 'a', to: 'b', kind: 'afstemming' })],
    ['openWorkshop', (u) => openWorkshop(u, houseId)],
    ['getHouseImportPage', (u) => getHouseImportPage(u, houseId)],
  ];
  const agencyReads: [string, (u: SessionUser) => Promise<unknown>][] = [
    ['loadOverview', (u) => loadOverview(u, {})],
    ['loadMinimumOffer', (u) => loadMinimumOffer(u, {})],
    ['loadComparison', (u) => loadComparison(u, { a: houseId, b: houseId } as never)],
    ['exportHousesMatrix', (u) => exportHousesMatrix(u, 'csv')],
    ['exportHousesMatrix of chosen houses', (u) => exportHousesMatrix(u, 'csv', [houseId])],
    ['readTieOverview', (u) => readTieOverview(u)],
  ];
  const adminOnly: [string, (u: SessionUser) => Promise<unknown>][] = [
    ['loadAdminOverview', (u) => loadAdminOverview(u)],
    ['adminCreateHouse', (u) => adminCreateHouse(u, { id: 'indringer', name: 'Indringer', municipalities: ['X'], province: 'Limburg', urbanisation: 'buitengebied' } as never)],
    ['adminSetUserActive', (u) => adminSetUserActive(u, { userId: 'iemand', active: false })],
    ['getBackupPage', (u) => getBackupPage(u)],
    ['createBackup', (u) => createBackup(u)],
    ['getAdminImportPage', (u) => getAdminImportPage(u)],
  ];

  it.each(houseReads)("%s: another house's coordinator and facilitator are refused", async (_, call) => {
    for (const u of [otherCoordinator, otherFacilitator]) await expect(call(u)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each(houseWrites)("%s: another house's users and Kind en Gezin are refused, and nothing changes", async (_, call) => {
    const before = await houseFootprint(houseId);
    for (const u of [otherCoordinator, otherFacilitator, agency, user('beheerder')]) await expect(call(u)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await houseFootprint(houseId)).toBe(before);
  });

  it.each(agencyReads)('%s: a coordinator and a facilitator are refused', async (_, call) => {
    for (const u of [coordinator(), otherFacilitator]) await expect(call(u)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each(adminOnly)('%s: everyone but the beheerder is refused', async (_, call) => {
    for (const u of [coordinator(), otherFacilitator, agency]) await expect(call(u)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('a use case given no user refuses as not signed in, not with a crash', async () => {
    const nobody = null as unknown as SessionUser;
    const wrong: string[] = [];
    for (const [name, call] of [...houseReads, ...houseWrites, ...agencyReads, ...adminOnly]) {
      const error = await call(nobody).then(
        () => null,
        (e: unknown) => e,
      );
      if (!(error instanceof UnauthenticatedError)) wrong.push(`${name}: ${String(error)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the house\'s own coordinator may read it (the table above refuses for the right reason)', async () => {
    await expect(getHouseMap(coordinator(), houseId, null)).resolves.toBeTruthy();
    await expect(listShareLinks(coordinator(), houseId)).resolves.toEqual([]);
  });
});
