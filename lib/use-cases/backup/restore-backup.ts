import 'server-only';
import { recordChange } from '@/graph/repositories/audit';
import { readOccupancy, writeBackupGraph, type RestoreCounts } from '@/graph/repositories/backup';
import { writeTx } from '@/graph/session';
import { LATEST_SCHEMA_VERSION } from '@/graph/schema/migrations';
import { isSystemActor, type ActingAs } from '../../domain/actor';
import { canAdminister } from '../../domain/access-rules';
import { ConflictError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../domain/errors';
import { backupSchema, BACKUP_FORMAT, type Backup } from '../../domain/backup/backup-format';
import { arrangementProblem } from '../../domain/backup/check-arrangements';
import { MAX_BACKUP_BYTES } from '../../domain/backup/backup-limits';
import { backupContentProblem } from '../../domain/backup/check-backup-content';

/** Largest backup file a restore reads (lib/domain/backup/backup-limits.ts). */
export { MAX_BACKUP_BYTES };

const LABELS_NL: Record<string, string> = {
  House: 'huizen',
  Actor: 'organisaties',
  Forum: 'overleggen',
  Snapshot: 'momentopnames',
  Invitation: 'uitnodigingen',
  ActorType: 'eigen actortypes',
  Workshop: 'workshops',
  Participant: 'deelnemers',
  Proposal: 'voorstellen',
  Arrangement: 'schikkingen',
  Round: 'bevragingen',
};

/** Reads and checks a backup file; a Dutch message when it is not one. */
export function parseBackup(bytes: Uint8Array): Backup {
  if (bytes.length > MAX_BACKUP_BYTES)
    throw new ValidationError(
      { bestand: ['Te groot.'] },
      `Dit bestand is groter dan ${MAX_BACKUP_BYTES / 1024 / 1024} MB en is geen back-up van Netwerkkaart.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ValidationError({ bestand: ['Geen JSON.'] }, 'Dit bestand is geen back-up van Netwerkkaart (geen geldige JSON).');
  }
  if ((json as { format?: unknown })?.format !== BACKUP_FORMAT)
    throw new ValidationError({ bestand: ['Geen back-up.'] }, 'Dit bestand is geen back-up van Netwerkkaart.');
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success)
    throw new ValidationError(
      { bestand: ['Onvolledig.'] },
      `Deze back-up is beschadigd of onvolledig (${parsed.error.issues[0]?.path.join('.') || 'inhoud'}); er werd niets teruggezet.`,
    );
  const problem = backupContentProblem(parsed.data);
  if (problem) {
    throw new ValidationError(
      { bestand: ['Onbekende inhoud.'] },
      `Deze back-up bevat iets wat Netwerkkaart niet in een back-up zet: ${problem}. Er werd niets teruggezet.`,
    );
  }
  if (parsed.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new ValidationError(
      { bestand: ['Nieuwere versie.'] },
      `Deze back-up komt van een nieuwere versie van Netwerkkaart (schema ${parsed.data.schemaVersion}, hier ${LATEST_SCHEMA_VERSION}). Werk eerst de toepassing bij.`,
    );
  }
  const arrangement = arrangementProblem(parsed.data);
  if (arrangement) throw new ValidationError({ bestand: ['Ongeldige schikking.'] }, arrangement);
  return parsed.data;
}

export interface RestoreOutcome extends RestoreCounts {
  elapsedMs: number;
}

/**
 * Writes a backup in ONE transaction, into a database that holds no house data yet (the schema,
 * the catalogue, accounts and the audit trail may be there: a fresh start). Refused with a Dutch
 * message otherwise. The command line (scripts/restore-json.ts) acts as SYSTEM_ACTORS.commandLine.
 */
export async function restoreBackup(acting: ActingAs, backup: Backup, onProgress?: (done: number, total: number) => void): Promise<RestoreOutcome> {
  if (!acting) throw new UnauthenticatedError();
  if (!isSystemActor(acting) && !canAdminister(acting)) throw new ForbiddenError('restore');
  const started = Date.now();
  return writeTx(async (tx) => {
    const order = Object.keys(LABELS_NL);
    const rank = (label: string) => (order.includes(label) ? order.indexOf(label) : order.length);
    const occupied = Object.entries(await readOccupancy(tx))
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
    if (occupied.length) {
      const what = occupied.map(([label, n]) => `${n} ${LABELS_NL[label] ?? label}`).join(', ');
      throw new ConflictError(
        `Database not empty: ${what}`,
        `De databank is niet leeg: ze bevat al ${what}. Een back-up wordt alleen in een lege databank teruggezet, zodat er niets overschreven of vermengd wordt.`,
      );
    }
    // Audit records come back marked as restored, with when and from which backup: the trail
    // shows what happened here and what a file says happened elsewhere, never mixed up.
    const restoredAt = new Date().toISOString();
    const nodes = backup.nodes.map((n) => (n.labels.includes('Change') ? { ...n, props: { ...n.props, restoredAt, restoredFrom: backup.createdAt } } : n));
    const counts = await writeBackupGraph(tx, nodes, backup.relationships, onProgress);
    await recordChange(tx, {
      by: acting.id,
      action: 'backup.restore',
      target: 'backup',
      to: {
        createdAt: backup.createdAt,
        createdBy: backup.createdBy,
        nodes: counts.nodes,
        relationships: counts.relationships,
        keptUsers: counts.keptUsers,
        restoredAdmins: counts.restoredAdmins,
      },
    });
    return { ...counts, elapsedMs: Date.now() - started };
  });
}
