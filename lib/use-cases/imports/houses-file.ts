import 'server-only';
import { readActorTypes } from '@/graph/repositories/catalogue';
import { recordChange } from '@/graph/repositories/audit';
import { lockHousesNamed } from '@/graph/repositories/house-locks';
import { readMatrixState, readMatrixStateNow, writeMatrixPlan } from '@/graph/repositories/matrix-import';
import { writeTx } from '@/graph/session';
import type { SessionUser } from '../../domain/actor';
import { canAdminister } from '../../domain/access-rules';
import { ForbiddenError } from '../../domain/errors';
import type { ImportFile, ImportOptions } from './house-file';
import { ImportRefusedError } from '../../domain/import/import-refused';
import type { ImportOutcome } from '../../domain/import/import-result';
import { importSummary } from '../../domain/import/import-summary';
import { planMatrixImport, type MatrixPlan } from '../../domain/import/matrix-plan';
import { parseMatrixSheet } from '../../domain/import/matrix-rows';
import { previewOf } from '../../domain/import/preview';
import { readImportFile } from '../../formats/import-file/read-file';

/**
 * Many houses at once (a row per house, a column per type), e.g. the 2016 survey answers. For
 * the beheerder only: Kind en Gezin reads every house but edits no map (lib/domain/access-rules.ts), so
 * the agency exports the matrix and hands a file to import to the beheerder. One transaction.
 */
export async function importHousesFile(user: SessionUser, file: ImportFile, options: ImportOptions): Promise<ImportOutcome> {
  if (!canAdminister(user)) throw new ForbiddenError('import of many houses');
  const started = Date.now();
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'lezen', done: 0, total: 1 });
  const sheet = await readImportFile(file.name, file.bytes);
  const parsed = parseMatrixSheet(sheet, await readActorTypes());
  progress({ phase: 'controleren', done: parsed.rows.length, total: parsed.rows.length });
  const toPreview = (plan: MatrixPlan) =>
    previewOf('houses', { name: file.name, format: sheet.format, encoding: sheet.encoding, rows: sheet.rows }, parsed.fileProblems, plan);
  if (!options.apply) {
    const preview = toPreview(planMatrixImport(parsed.rows, await readMatrixStateNow()));
    return { preview, written: false, changes: 0, counts: preview.counts, elapsedMs: Date.now() - started };
  }
  return writeTx(async (tx) => {
    await lockHousesNamed(tx, parsed.rows.map((r) => r.code.toLowerCase()).filter(Boolean), parsed.rows.map((r) => r.name).filter(Boolean));
    const plan = planMatrixImport(parsed.rows, await readMatrixState(tx));
    const preview = toPreview(plan);
    if (preview.errorCount > 0) throw new ImportRefusedError(preview);
    await writeMatrixPlan(tx, user, plan, (done, total) => progress({ phase: 'schrijven', done, total }));
    const changes = plan.newHouses.length + plan.answers.length;
    await recordChange(tx, {
      by: user.id,
      action: 'import.houses',
      target: `import:${file.name}`,
      to: {
        name: file.name,
        format: sheet.format,
        rows: preview.rowCount,
        ...preview.counts,
        answers: plan.answers.length,
        houses: plan.newHouses.length,
        changes,
        summary: importSummary(file.name, preview.rowCount, preview.counts),
      },
    });
    return { preview, written: true, changes, counts: preview.counts, elapsedMs: Date.now() - started };
  });
}
