import { z } from 'zod';
import { BACKUP_VALUE_TYPES } from './backup-allow-list';
import { MAX_BACKUP_LIST, MAX_BACKUP_NODES, MAX_BACKUP_PROPERTIES, MAX_BACKUP_RELATIONSHIPS, MAX_BACKUP_STRING } from './backup-limits';

/**
 * The full JSON backup: every node and relationship of the product's data (houses, catalogue
 * and own types, organisations, forums, answers and involvement, snapshots, the audit trail,
 * users with their house links, invitations, workshops), and nothing secret: no sessions, no
 * password hashes (Better Auth's accounts), no login throttle, no setup or participant tokens.
 * Values keep their Neo4j type: a date-time travels as { $type: 'DateTime', v: [...] }.
 */
export const BACKUP_FORMAT = 'netwerkkaart-backup';
export const BACKUP_VERSION = 1;

/** Labels never backed up: secrets and login state, and the schema (re-applied by migrations). */
export const EXCLUDED_LABELS = ['Session', 'Account', 'Verification', 'LoginThrottle', 'AdminSetupToken', 'PasswordLink', 'SchemaMigration', 'ShareLink'];

/** Properties never backed up, on any node: tokens, hashes, passwords, secrets. */
export const SECRET_PROPERTY = /password|token|secret|hash/i;

/** Labels whose nodes a restore merges on a key instead of creating (the catalogue, accounts). */
export const MERGE_KEYS: Record<string, string> = { Cluster: 'code', ActorType: 'code', User: 'email' };

// Bounded everywhere (lib/domain/backup/backup-limits.ts): a crafted file cannot make the server parse
// or write without end. Lists hold scalars only (Neo4j stores no nested lists or maps).
const text = z.string().max(MAX_BACKUP_STRING);
const number = z.number().refine(Number.isFinite, 'Geen eindig getal.');
const temporal = z.object({ $type: z.enum(BACKUP_VALUE_TYPES), v: z.array(z.union([number, z.string().max(64), z.null()])).max(9) }).strict();
const valueSchema: z.ZodType<unknown> = z.union([
  text,
  number,
  z.boolean(),
  z.null(),
  temporal,
  z.array(z.union([text, number, z.boolean(), temporal])).max(MAX_BACKUP_LIST),
]);
const propsSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), valueSchema)
  .refine((props) => Object.keys(props).length <= MAX_BACKUP_PROPERTIES, `Meer dan ${MAX_BACKUP_PROPERTIES} eigenschappen.`);

export const backupNodeSchema = z.object({
  ref: z.number().int().nonnegative(),
  labels: z
    .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/))
    .min(1)
    .max(4),
  props: propsSchema,
});

export const backupRelationshipSchema = z.object({
  type: z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  props: propsSchema,
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string().max(64),
  createdBy: z.string().max(254).nullable(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string().max(64), z.number()).refine((c) => Object.keys(c).length <= 200, 'Te veel tellingen.'),
  nodes: z.array(backupNodeSchema).max(MAX_BACKUP_NODES),
  relationships: z.array(backupRelationshipSchema).max(MAX_BACKUP_RELATIONSHIPS),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupNode = z.infer<typeof backupNodeSchema>;
export type BackupRelationship = z.infer<typeof backupRelationshipSchema>;
