import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { addCustomType } from '@/graph/repositories/custom-types';
import { readArrangementRows } from '@/graph/repositories/arrangements';
import { readBackupGraph } from '@/graph/repositories/backup';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { takeSnapshot } from '@/graph/repositories/snapshots';
import { readTx, writeTx } from '@/graph/session';
import { SYSTEM_ACTORS } from '@/lib/domain/actor';
import { saveArrangement } from '@/lib/use-cases/arrangements';
import { canonicalLines } from '@/tests/support/canonical-backup';
import { createBackup } from '@/lib/use-cases/backup/create-backup';
import { parseBackup, restoreBackup } from '@/lib/use-cases/backup/restore-backup';
import type { Backup } from '@/lib/domain/backup/backup-format';
import { findFreePort, startNeo4j } from '../../graph/server/local-neo4j.mjs';
import { createNetworkFixture, deleteNetworkFixtures } from '../support/network-fixture';
import { asRole } from '../support/import-support';
import { createTestUser, deleteUsers } from '../support/test-users';
import { createTie } from '@/lib/use-cases/ties/tie-writes';

// A backup of the shared test database, restored into a second, fresh Neo4j started here, must
// read back equal: every node and relationship, whatever their internal ids.
const NEO4J_KEYS = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
const original = Object.fromEntries(NEO4J_KEYS.map((k) => [k, process.env[k]]));
let second: Awaited<ReturnType<typeof startNeo4j>> | null = null;
let home = '';
let houseId = '';
let coordinatorId = '';
let backup: Backup;

async function useDatabase(env: Record<string, string | undefined>) {
  await closeDriver();
  for (const key of NEO4J_KEYS) process.env[key] = env[key];
}

const secondEnv = () => ({ NEO4J_URI: second!.uri, NEO4J_USER: second!.user, NEO4J_PASSWORD: second!.password, NEO4J_DATABASE: second!.database });

beforeAll(async () => {
  // Something of every kind in the original: an own type, a forum link, a snapshot.
  const fixture = await createNetworkFixture({ answers: [{ type: 'ocmw', level: 'kernpartner' }], forums: [{ name: 'Gezinsoverleg' }], actors: [{ name: 'CAW Test', type: 'caw', level: 'gemiddeld', via: 'Gezinsoverleg' }, { name: 'OCMW Test', type: 'ocmw', level: 'kernpartner' }] });
  houseId = fixture.houseId;
  // Its own coordinator: the demo accounts' links come and go with other tests' demo resets.
  coordinatorId = (await createTestUser('coordinator', [houseId], 'Back-up coördinator')).id;
  const ctx = { houseId, by: 'backup-test', byName: 'Back-up Test' };
  await writeTx((tx) => addCustomType(tx, { ...ctx, name: 'Tienerwerking', cluster: 'opvang-vrije-tijd', level: 'minimaal' }));
  // A tie between two of its organisations (issue 17).
  await createTie({ ...asRole('coordinator'), houseIds: [houseId] }, houseId, { from: fixture.actorIds['CAW Test'], to: fixture.actorIds['OCMW Test'], kind: 'doorverwijzing', note: 'Budgetbegeleiding', since: '2015' });
  await takeSnapshot(ctx, 'Voor de back-up', (await readHouseNetwork(houseId))!);
  // The house's own arrangement of its rings.
  await saveArrangement({ id: coordinatorId, email: 'backup@test.netwerkkaart.local', name: 'Back-up coördinator', role: 'coordinator', houseIds: [houseId] }, houseId, 'ringen', {
    version: 0,
    positions: JSON.stringify({ house: { x: 0, y: 0 }, 'type:ocmw': { x: 210, y: -40 } }),
  });
  home = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-restore-'));
  second = await startNeo4j({ home: path.join(home, 'neo4j'), port: await findFreePort(), passwordFile: path.join(home, 'password'), quiet: true, log: () => {} });
  // A fresh installation: schema and catalogue, no demo.
  const setup = spawnSync('npx', ['tsx', 'scripts/setup-database.ts'], { env: { ...process.env, ...secondEnv(), NETWERKKAART_DEMO: '0' }, encoding: 'utf8' });
  if (setup.status !== 0) throw new Error(`setup of the second database failed: ${setup.stderr}`);
}, 180_000);

afterAll(async () => {
  await useDatabase(original);
  if (houseId) await deleteNetworkFixtures([houseId]);
  if (coordinatorId) await deleteUsers([coordinatorId]);
  await closeDriver();
  await second?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('full JSON backup', () => {
  it('holds every kind of data and no secrets', async () => {
    backup = await createBackup(asRole('beheerder'));
    const json = JSON.stringify(backup);
    for (const label of ['House', 'ActorType', 'Cluster', 'Actor', 'Forum', 'Snapshot', 'Change', 'User', 'Invitation', 'Arrangement']) expect(backup.counts[label], label).toBeGreaterThan(0);
    for (const type of ['ANSWERED', 'INVOLVES', 'OF_TYPE', 'MEMBER_OF', 'PARTICIPATES_IN', 'IN_CLUSTER', 'COORDINATES', 'OF', 'WORKS_WITH']) expect(backup.counts[type], type).toBeGreaterThan(0);
    for (const secret of ['Session', 'Account', 'LoginThrottle', 'AdminSetupToken', 'Verification']) expect(backup.counts[secret], secret).toBeUndefined();
    expect(json).not.toMatch(/"(password|token|tokenHash|secret)"/i);
    expect(json).not.toMatch(/\$scrypt|[0-9a-f]{32}:[0-9a-f]{64}/);
    // It parses back through the same checks an upload goes through.
    expect(parseBackup(new TextEncoder().encode(json)).nodes).toHaveLength(backup.nodes.length);
  });

  it('restored into a fresh database, reads back equal', async () => {
    await useDatabase(secondEnv());
    const outcome = await restoreBackup(SYSTEM_ACTORS.commandLine, parseBackup(new TextEncoder().encode(JSON.stringify(backup))));
    expect(outcome).toMatchObject({ nodes: backup.nodes.length, relationships: backup.relationships.length, keptUsers: 0 });
    const restored = await readTx((tx) => readBackupGraph(tx));
    const isRestoreRecord = (n: Backup['nodes'][number]) => n.labels.includes('Change') && n.props.action === 'backup.restore';
    // Every audit record comes back marked as restored (issue 15); apart from that mark, equal.
    const restoredChanges = restored.nodes.filter((n) => n.labels.includes('Change') && !isRestoreRecord(n));
    expect(restoredChanges.length).toBeGreaterThan(0);
    for (const change of restoredChanges) expect(change.props).toMatchObject({ restoredAt: expect.any(String), restoredFrom: backup.createdAt });
    const unmarked = { ...restored, nodes: restored.nodes.map((n) => (n.labels.includes('Change') ? { ...n, props: Object.fromEntries(Object.entries(n.props).filter(([k]) => k !== 'restoredAt' && k !== 'restoredFrom')) } : n)) };
    expect(canonicalLines(unmarked, isRestoreRecord)).toEqual(canonicalLines(backup));
    expect(restored.nodes.filter(isRestoreRecord)).toHaveLength(1);
    // The restored house reads as a house: its map, its own type and its snapshot.
    const network = (await readHouseNetwork(houseId))!;
    expect(network.actors.map((a) => [a.name, a.level, a.via])).toEqual([['CAW Test', 'gemiddeld', expect.any(String)], ['OCMW Test', 'kernpartner', null]]);
    expect(network.ties!.map((t) => [t.kind, t.note, t.since, t.version])).toEqual([['doorverwijzing', 'Budgetbegeleiding', 2015, 1]]);
    expect(network.types.find((t) => t.name === 'Tienerwerking')?.answer?.level).toBe('minimaal');
    // And its own arrangement, with its version, so the next save is checked against it.
    expect(await readArrangementRows(houseId)).toEqual([{ layout: 'ringen', positions: JSON.stringify({ house: { x: 0, y: 0 }, 'type:ocmw': { x: 210, y: -40 } }), version: 1, updatedAt: expect.any(String), updatedBy: 'Back-up coördinator' }]);
  }, 120_000);

  it('refuses a database that is not empty, in Dutch, and writes nothing', async () => {
    await useDatabase(secondEnv());
    const before = (await readTx((tx) => readBackupGraph(tx))).nodes.length;
    await expect(restoreBackup(SYSTEM_ACTORS.commandLine, backup)).rejects.toMatchObject({ userMessage: expect.stringMatching(/^De databank is niet leeg: ze bevat al \d+ huizen, .*Een back-up wordt alleen in een lege databank teruggezet/) });
    expect((await readTx((tx) => readBackupGraph(tx))).nodes.length).toBe(before);
  });

  it('refuses a backup whose arrangement does not read, in Dutch, before anything is written', () => {
    const arrangement = backup.nodes.find((n) => n.labels.includes('Arrangement') && n.props.houseId === houseId)!;
    const tampered = (change: (node: Backup['nodes'][number]) => void, relationships = backup.relationships) => {
      const copy = structuredClone({ ...backup, relationships }) as Backup;
      change(copy.nodes.find((n) => n.ref === arrangement.ref)!);
      return new TextEncoder().encode(JSON.stringify(copy));
    };
    const refusal = (reason: string) => expect.objectContaining({ userMessage: expect.stringMatching(new RegExp(`^Deze back-up bevat een ongeldige schikking van een kaart \\(huis .*\\): ${reason}\\. Er werd niets teruggezet\\.$`)) });
    expect(() => parseBackup(tampered((n) => { n.props.positions = '{"house":{"x":"links"}}'; }))).toThrow(refusal('.+'));
    expect(() => parseBackup(tampered((n) => { n.props.positions = 'geen json'; }))).toThrow(refusal('de posities zijn geen geldige json'));
    expect(() => parseBackup(tampered((n) => { n.props.layout = 'vrij'; }))).toThrow(refusal('onbekende schikking'));
    expect(() => parseBackup(tampered((n) => { n.props.houseId = 'een-ander-huis'; }))).toThrow(refusal('het huis staat niet in de back-up'));
    expect(() => parseBackup(tampered((n) => { n.props.version = -1; }))).toThrow(refusal('ongeldige versie'));
    expect(() => parseBackup(tampered(() => {}, backup.relationships.filter((r) => r.from !== arrangement.ref)))).toThrow(refusal('niet verbonden met zijn huis'));
  });

  it('refuses what is not a backup, and other roles', async () => {
    expect(() => parseBackup(new TextEncoder().encode('{"format":"iets"}'))).toThrow(expect.objectContaining({ userMessage: 'Dit bestand is geen back-up van Netwerkkaart.' }));
    expect(() => parseBackup(new TextEncoder().encode('niet eens json'))).toThrow(expect.objectContaining({ userMessage: 'Dit bestand is geen back-up van Netwerkkaart (geen geldige JSON).' }));
    expect(() => parseBackup(new TextEncoder().encode(JSON.stringify({ ...backup, nodes: [{ ref: 'x' }] })))).toThrow(expect.objectContaining({ userMessage: expect.stringMatching(/^Deze back-up is beschadigd of onvolledig/) }));
    await expect(createBackup(asRole('kind_en_gezin'))).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
    await expect(restoreBackup(asRole('coordinator'), backup)).rejects.toMatchObject({ userMessage: 'U hebt geen toegang tot deze gegevens.' });
  });
});
