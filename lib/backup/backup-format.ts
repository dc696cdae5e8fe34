import { z } from 'zod';

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
export const EXCLUDED_LABELS = ['Session', 'Account', 'Verification', 'LoginThrottle', 'AdminSetupToken', 'PasswordLink', 'SchemaMigration'];

/** Properties never backed up, on any node: tokens, hashes, passwords, secrets. */
export const SECRET_PROPERTY = /password|token|secret|hash/i;

/** Labels whose nodes a restore merges on a key instead of creating (the catalogue, accounts). */
export const MERGE_KEYS: Record<string, string> = { Cluster: 'code', ActorType: 'code', User: 'email' };

const valueSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(valueSchema), z.object({ $type: z.string(), v: z.array(z.union([z.number(), z.string(), z.null()])) })]),
);

export const backupNodeSchema = z.object({
  ref: z.number().int().nonnegative(),
  labels: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)).min(1),
  props: z.record(z.string(), valueSchema),
});

export const backupRelationshipSchema = z.object({
  type: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  props: z.record(z.string(), valueSchema),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number()),
  nodes: z.array(backupNodeSchema),
  relationships: z.array(backupRelationshipSchema),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupNode = z.infer<typeof backupNodeSchema>;
export type BackupRelationship = z.infer<typeof backupRelationshipSchema>;
