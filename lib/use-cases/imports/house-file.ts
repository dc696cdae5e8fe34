import 'server-only';
import { randomUUID } from 'node:crypto';
import { readActorTypes, readClusters } from '@/graph/repositories/catalogue';
import { recordChange } from '@/graph/repositories/audit';
import { lockHouse } from '@/graph/repositories/house-locks';
import { readHouseImportState, readHouseImportStateNow, writeHousePlan } from '@/graph/repositories/house-import';
import { writeTx } from '@/graph/session';
import { assertHouseEdit } from '../access';
import type { SessionUser } from '../../domain/actor';
import { loweringRefusal, unconfirmedLowerings } from '../../domain/derived-answer';
import { loweringGuard } from '../../domain/lowering-guard';
import { ImportRefusedError } from '../../domain/import/import-refused';
import { importSummary } from '../../domain/import/import-summary';
import type { ImportOutcome } from '../../domain/import/import-result';
import { parseHouseSheet } from '../../domain/import/house-rows';
import { planHouseImport, type HousePlan, type IdSource } from '../../domain/import/house-plan';
import { previewOf } from '../../domain/import/preview';
import type { ProgressListener } from '../../domain/import/progress';
import { readImportFile } from '../../formats/import-file/read-file';
import { isTieSheetHeader } from '../../domain/ties/tie-sheet';
import { importTieSheet } from '../ties/tie-import';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** False: only the preview, nothing written. */
  apply: boolean;
  /** Types whose answer the user chose to lower (the preview's derivedAnswers). */
  confirmLowering?: readonly string[];
  onProgress?: ProgressListener;
}

const NEW_IDS: IdSource = {
  actor: () => `actor-${randomUUID()}`,
  forum: () => `forum-${randomUUID()}`,
  customType: () => `andere-${randomUUID()}`,
};

/**
 * One house's list (CSV or XLSX in the questionnaire's shape) into its map. For the house's
 * coordinator or invited facilitator (assertHouseEdit). The preview reads; the import parses
 * again, plans against the state read under the house's lock and writes everything in ONE
 * transaction with an audit record per change plus one for the import itself, or nothing.
 */
export async function importHouseFile(user: SessionUser, houseId: string, file: ImportFile, options: ImportOptions): Promise<ImportOutcome> {
  assertHouseEdit(user, houseId);
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'lezen', done: 0, total: 1 });
  const sheet = await readImportFile(file.name, file.bytes);
  // A sheet "Samenwerking" (Van; Naar; Soort; Notitie; Sinds) holds ties, not the map's rows.
  if (isTieSheetHeader(sheet.rows[0])) return importTieSheet(user, houseId, file.name, sheet, options);
  const [types, clusters] = await Promise.all([readActorTypes(), readClusters()]);
  const parsed = parseHouseSheet(sheet, { types, clusters });
  const total = parsed.rows.length;
  progress({ phase: 'controleren', done: total, total });
  const toPreview = (plan: HousePlan) =>
    previewOf('house', { name: file.name, format: sheet.format, encoding: sheet.encoding, rows: sheet.rows }, parsed.fileProblems, plan);

  if (!options.apply) {
    const preview = toPreview(planHouseImport(parsed.rows, await readHouseImportStateNow(houseId), NEW_IDS));
    return { preview, written: false, changes: 0, counts: preview.counts, elapsedMs: Date.now() - started };
  }

  const confirmed = options.confirmLowering ?? [];
  // The plan is checked below; the guard holds the same rule where the answers are derived.
  const ctx = { houseId, by: user.id, byName: user.name, checkDerived: loweringGuard(confirmed) };
  return writeTx(async (tx) => {
    await lockHouse(tx, houseId);
    const plan = planHouseImport(parsed.rows, await readHouseImportState(tx, houseId), NEW_IDS);
    const preview = toPreview(plan);
    if (preview.errorCount > 0) throw new ImportRefusedError(preview);
    const lowered = unconfirmedLowerings(plan.derivedAnswers, confirmed);
    if (lowered.length > 0) throw new ImportRefusedError(preview, loweringRefusal(lowered));
    await writeHousePlan(tx, ctx, plan, (done, all) => progress({ phase: 'schrijven', done, total: all }));
    const changes = plan.forums.length + plan.customTypes.length + plan.answers.length + plan.involvements.length + plan.updates.length;
    await recordChange(tx, {
      by: user.id,
      action: 'import.house',
      target: `house:${houseId}`,
      houseId,
      to: {
        name: file.name,
        format: sheet.format,
        rows: preview.rowCount,
        ...preview.counts,
        changes,
        summary: importSummary(file.name, preview.rowCount, preview.counts),
      },
    });
    return { preview, written: true, changes, counts: preview.counts, elapsedMs: Date.now() - started };
  });
}
