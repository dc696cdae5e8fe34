import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { recordChange } from '@/graph/repositories/audit';
import { recordChanges } from '@/graph/repositories/audit-batch';
import { lockHouse } from '@/graph/repositories/involvement';
import { createTies, readTieSheetState, updateTie } from '@/graph/repositories/ties';
import { readTx, writeTx } from '@/graph/session';
import type { SessionUser } from '../../domain/actor';
import { tieAudit } from '../../domain/ties/tie-audit';
import { planTieSheet, type TiePlan } from '../../domain/ties/tie-sheet';
import { ImportRefusedError } from '../../domain/import/import-refused';
import type { ImportOutcome } from '../../domain/import/import-result';
import { importSummary } from '../../domain/import/import-summary';
import { previewOf, type ImportPreview } from '../../domain/import/preview';
import type { ProgressListener } from '../../domain/import/progress';
import type { Sheet } from '../../domain/import/sheet';
import { assertTieEdit } from './authorise';

/**
 * A house's ties read from a sheet "Samenwerking" (CSV or the sheet of the map's workbook). The
 * preview reads; the import plans again under the house's lock and writes every row or none, in
 * ONE transaction, with an audit record per tie and one for the import. For whoever may edit.
 */
export async function importTieSheet(
  user: SessionUser,
  houseId: string,
  fileName: string,
  sheet: Sheet,
  options: { apply: boolean; onProgress?: ProgressListener },
): Promise<ImportOutcome> {
  assertTieEdit(user, houseId);
  const started = Date.now();
  const preview = (plan: TiePlan): ImportPreview =>
    previewOf('house', { name: fileName, format: sheet.format, encoding: sheet.encoding, rows: sheet.rows }, [], plan);
  if (!options.apply) {
    const p = preview(planTieSheet(sheet.rows, await readTx((tx) => readTieSheetState(tx, { houseId }))));
    return { preview: p, written: false, changes: 0, counts: p.counts, elapsedMs: Date.now() - started };
  }
  return writeTx(async (tx) => {
    await lockHouse(tx, houseId);
    const plan = planTieSheet(sheet.rows, await readTieSheetState(tx, { houseId }));
    const p = preview(plan);
    if (p.errorCount > 0) throw new ImportRefusedError(p);
    options.onProgress?.({ phase: 'schrijven', done: 0, total: plan.create.length + plan.update.length });
    const changes = await writeTiePlan(tx, user, houseId, plan);
    await recordChange(tx, {
      by: user.id,
      action: 'import.house',
      target: `house:${houseId}`,
      houseId,
      to: { name: fileName, format: sheet.format, rows: p.rowCount, ...p.counts, changes, summary: importSummary(fileName, p.rowCount, p.counts) },
    });
    return { preview: p, written: true, changes, counts: p.counts, elapsedMs: Date.now() - started };
  });
}

/** Writes a planned tie sheet in the caller's transaction (also after a map import in the same file). */
async function writeTiePlan(tx: ManagedTransaction, user: SessionUser, houseId: string, plan: TiePlan): Promise<number> {
  const created = await createTies(tx, { ties: plan.create.map((t) => ({ houseId, id: `tie-${randomUUID()}`, ...t, byName: user.name })) });
  await recordChanges(
    tx,
    created.map((tie) => ({ by: user.id, action: 'tie.create', target: `house:${houseId}/tie:${tie.id}`, houseId, to: tieAudit(tie) })),
  );
  for (const u of plan.update) {
    const tie = await updateTie(tx, { houseId, tieId: u.id, note: u.note, since: u.since, version: u.version + 1, byName: user.name });
    if (tie)
      await recordChange(tx, {
        by: user.id,
        action: 'tie.update',
        target: `house:${houseId}/tie:${tie.id}`,
        houseId,
        from: { name: `${tie.fromName} – ${tie.toName}`, kind: tie.kind },
        to: { note: u.note, since: u.since },
      });
  }
  return created.length + plan.update.length;
}
