import 'server-only';
import { recordChange } from '@/graph/repositories/audit';
import { readBackupGraph } from '@/graph/repositories/backup';
import { readTx, writeTx } from '@/graph/session';
import { LATEST_SCHEMA_VERSION } from '@/graph/schema/migrations';
import { isSystemActor, type ActingAs } from '../../domain/actor';
import { canAdminister } from '../../domain/access-rules';
import { ForbiddenError, UnauthenticatedError } from '../../domain/errors';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../domain/backup/backup-format';

/** The full JSON backup, for the beheerder; taking it is recorded in the audit trail. */
export async function createBackup(acting: ActingAs): Promise<Backup> {
  if (!acting) throw new UnauthenticatedError();
  if (!isSystemActor(acting) && !canAdminister(acting)) throw new ForbiddenError('backup');
  const graph = await readTx((tx) => readBackupGraph(tx));
  const counts: Record<string, number> = {};
  for (const node of graph.nodes) for (const label of node.labels) counts[label] = (counts[label] ?? 0) + 1;
  for (const rel of graph.relationships) counts[rel.type] = (counts[rel.type] ?? 0) + 1;
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    createdBy: isSystemActor(acting) ? null : acting.email,
    schemaVersion: LATEST_SCHEMA_VERSION,
    counts,
    ...graph,
  };
  await writeTx((tx) =>
    recordChange(tx, {
      by: acting.id,
      action: 'backup.create',
      target: 'backup',
      to: { nodes: graph.nodes.length, relationships: graph.relationships.length },
    }),
  );
  return backup;
}

export function backupFileName(at: Date = new Date()): string {
  return `netwerkkaart-backup-${at.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}
