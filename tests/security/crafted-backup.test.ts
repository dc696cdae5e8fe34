import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readTx } from '@/graph/session';
import { SYSTEM_ACTORS } from '@/lib/domain/actor';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupNode, type BackupRelationship } from '@/lib/domain/backup/backup-format';
import { MAX_BACKUP_BYTES } from '@/lib/domain/backup/backup-limits';
import { parseBackup, restoreBackup } from '@/lib/use-cases/backup/restore-backup';
import { getAuth } from '@/lib/edge/auth';
import { LATEST_SCHEMA_VERSION } from '@/graph/schema/migrations';
import { findFreePort, startNeo4j } from '../../graph/server/local-neo4j.mjs';

// Issue 15, item 6: a crafted JSON backup restored into an empty database planted an account
// with a known password, a beheerder, a back-dated audit record, an unknown label and a
// 300,000-element array. Each crafted file below is refused with a Dutch message before anything
// is written; the one file a real backup could be (a beheerder, an old audit record) is restored
// into a fresh Neo4j of its own, with its audit records marked restored and no way to sign in.
const HOUSE: BackupNode = { ref: 0, labels: ['House'], props: { id: 'huis-geplant', name: 'Huis van het Kind Geplant', municipalities: ['Plantegem'], province: 'Limburg', urbanisation: 'buitengebied', version: 1 } };
const ADMIN: BackupNode = { ref: 1, labels: ['User'], props: { id: 'user-geplant', email: 'geplant@voorbeeld.be', name: 'Geplante beheerder', role: 'beheerder', emailVerified: false } };
const OLD_CHANGE: BackupNode = { ref: 2, labels: ['Change'], props: { id: 'change-oud', at: '2019-01-01T00:00:00.000Z', by: 'user-geplant', action: 'user.create', target: 'user:user-geplant', houseId: null, from: null, to: '{"email":"geplant@voorbeeld.be"}' } };
const COORDINATES: BackupRelationship = { type: 'COORDINATES', from: 1, to: 0, props: {} };

function backupWith(nodes: BackupNode[], relationships: BackupRelationship[] = []): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'iemand@voorbeeld.be', schemaVersion: LATEST_SCHEMA_VERSION, counts: {}, nodes, relationships };
}

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function refusal(file: unknown): string {
  try {
    parseBackup(file instanceof Uint8Array ? file : bytes(file));
  } catch (error) {
    return (error as { userMessage?: string }).userMessage ?? String(error);
  }
  throw new Error('the crafted backup was accepted');
}

describe('a crafted backup is refused before anything is written', () => {
  const base = [HOUSE, ADMIN, OLD_CHANGE];
  const cases: [string, Backup | Uint8Array, RegExp][] = [
    ['an account with a password hash (a known password)', backupWith([...base, { ref: 3, labels: ['Account'], props: { id: 'a', accountId: 'user-geplant', providerId: 'credential', userId: 'user-geplant', password: 'abc:def' } }]), /het label ‘Account’/],
    ['a session (a way in without a password)', backupWith([...base, { ref: 3, labels: ['Session'], props: { id: 's', token: 'geheim', userId: 'user-geplant', expiresAt: '2099-01-01T00:00:00.000Z' } }]), /het label ‘Session’/],
    ['a password on the account itself', backupWith([HOUSE, { ...ADMIN, props: { ...ADMIN.props, password: 'abc:def' } }]), /een geheim \(‘password’ van User\)/],
    ['a participant token', backupWith([...base, { ref: 3, labels: ['Participant'], props: { id: 'p', name: 'X', code: 'ABCDEF', tokenHash: 'aa' } }]), /een geheim \(‘tokenHash’ van Participant\)/],
    ['a first-start token', backupWith([...base, { ref: 3, labels: ['AdminSetupToken'], props: { tokenHash: 'aa', expiresAt: '2099-01-01' } }]), /het label ‘AdminSetupToken’/],
    ['an unknown label', backupWith([...base, { ref: 3, labels: ['Achterdeur'], props: { id: 'x' } }]), /het label ‘Achterdeur’/],
    ['a second label on a node', backupWith([HOUSE, { ...ADMIN, labels: ['User', 'Beheerder'] }]), /een knoop met de labels User, Beheerder/],
    ['a property the product never writes', backupWith([HOUSE, { ...ADMIN, props: { ...ADMIN.props, isSuperuser: true } }]), /de eigenschap ‘isSuperuser’ van User/],
    ['a role that does not exist', backupWith([HOUSE, { ...ADMIN, props: { ...ADMIN.props, role: 'superbeheerder' } }]), /de rol ‘superbeheerder’/],
    ['an unknown relationship', backupWith(base, [{ type: 'OWNS', from: 1, to: 0, props: {} }]), /een verband OWNS van User naar House/],
    ['a relationship between the wrong kinds', backupWith(base, [{ type: 'COORDINATES', from: 0, to: 1, props: {} }]), /een verband COORDINATES van House naar User/],
    ['a relationship to a node that is not there', backupWith(base, [{ type: 'COORDINATES', from: 1, to: 99, props: {} }]), /een verband COORDINATES naar een knoop die er niet in staat/],
    ['a 300,000-element list', backupWith([{ ...HOUSE, props: { ...HOUSE.props, municipalities: Array.from({ length: 300_000 }, (_, i) => `Gemeente ${i}`) } }]), /beschadigd of onvolledig \(nodes\.0\.props\.municipalities\)/],
    ['a 3 MB text', backupWith([{ ...HOUSE, props: { ...HOUSE.props, name: 'x'.repeat(3_000_000) } }]), /beschadigd of onvolledig \(nodes\.0\.props\.name\)/],
    ['a nested list', backupWith([{ ...HOUSE, props: { ...HOUSE.props, municipalities: [['a']] } as never }]), /beschadigd of onvolledig/],
    ['a file over the size limit', new Uint8Array(MAX_BACKUP_BYTES + 1), /groter dan 100 MB/],
  ];
  for (const [what, file, message] of cases) {
    it(`refuses ${what}`, () => {
      const started = performance.now();
      expect(refusal(file)).toMatch(message);
      expect(performance.now() - started).toBeLessThan(5_000);
    });
  }
});

describe('a backup with a beheerder and an old audit record, restored into an empty database', () => {
  const keys = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
  const original = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  let server: Awaited<ReturnType<typeof startNeo4j>> | null = null;
  let home = '';

  beforeAll(async () => {
    home = mkdtempSync(path.join(os.tmpdir(), 'netwerkkaart-crafted-'));
    server = await startNeo4j({ home: path.join(home, 'neo4j'), port: await findFreePort(), passwordFile: path.join(home, 'password'), quiet: true, log: () => {} });
    const env = { NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database };
    const setup = spawnSync('npx', ['tsx', 'scripts/setup-database.ts'], { env: { ...process.env, ...env, NETWERKKAART_DEMO: '0' }, encoding: 'utf8' });
    if (setup.status !== 0) throw new Error(`setup failed: ${setup.stderr}`);
    await closeDriver();
    Object.assign(process.env, env);
  }, 240_000);

  afterAll(async () => {
    await closeDriver();
    for (const k of keys) process.env[k] = original[k];
    await server?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('marks the audit records restored, names the beheerder, and lets nobody sign in with it', async () => {
    const outcome = await restoreBackup(SYSTEM_ACTORS.commandLine, parseBackup(bytes(backupWith([HOUSE, ADMIN, OLD_CHANGE], [COORDINATES]))));
    expect(outcome.restoredAdmins).toEqual(['geplant@voorbeeld.be']);
    const change = await readTx(async (tx) => (await tx.run("MATCH (c:Change {id: 'change-oud'}) RETURN properties(c) AS c")).records[0].get('c'));
    expect(change).toMatchObject({ at: '2019-01-01T00:00:00.000Z', restoredFrom: '2026-01-01T00:00:00.000Z', restoredAt: expect.stringMatching(/^20\d\d-/) });
    expect(Date.now() - Date.parse(change.restoredAt)).toBeLessThan(120_000);
    const secrets = await readTx(async (tx) => (await tx.run('MATCH (n) WHERE n:Account OR n:Session RETURN count(n) AS n')).records[0].get('n'));
    expect(secrets).toBe(0);
    // No password came back: signing in as the planted beheerder fails, with any password.
    await expect(getAuth().api.signInEmail({ body: { email: 'geplant@voorbeeld.be', password: 'een-bekend-wachtwoord' }, headers: new Headers({ 'x-netwerkkaart-client-address': '10.15.6.1' }) })).rejects.toMatchObject({ statusCode: 401 });
  });
});
