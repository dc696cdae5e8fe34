import { deleteDemoHistory, writeDemoHistory } from '../../graph/repositories/demo-history';
import { readHouseNetworkIn } from '../../graph/repositories/house-network';
import { writeTx } from '../../graph/session';
import { SYSTEM_ACTORS } from '../../lib/domain/actor';
import { readCatalogueFile } from '../../lib/reference/catalogue-file';
import { demoSnapshotNetwork } from './demo-history-snapshot';
import { planDemoHistory, type DemoHistory } from './demo-history';
import type { DemoDataset } from './demo-types';

const HOUSES_PER_TRANSACTION = 29;

/** The history of the demo houses, planned from the dataset with the catalogue's names and mandatory types. */
function demoHistories(dataset: DemoDataset): DemoHistory[] {
  const catalogue = readCatalogueFile().actorTypes;
  const names = new Map([...catalogue.map((t) => [t.code, t.name] as const), ...dataset.customTypes.map((t) => [t.code, t.name] as const)]);
  const mandatory = new Set(catalogue.filter((t) => t.mandatory).map((t) => t.code));
  return planDemoHistory(dataset, {
    typeName: (code) => names.get(code) ?? code,
    mandatory: (code) => mandatory.has(code),
  });
}

/**
 * Writes the demo houses' history (seed/demo/demo-history.ts) right after the houses themselves,
 * replacing an earlier one: its audit records by the demo loader ("Demogegevens"), its
 * snapshots, each the house as loaded taken back to that day, and the presentation's step 6 set
 * to compare the end of 2015 with now. Only on a fresh or reset load: the
 * houses must still be as the dataset wrote them, since the history ends there.
 */
export async function loadDemoHistory(dataset: DemoDataset, log: (line: string) => void = () => {}): Promise<{ changes: number; snapshots: number }> {
  const started = Date.now();
  const histories = demoHistories(dataset);
  await writeTx((tx) => deleteDemoHistory(tx, SYSTEM_ACTORS.demoSeed.label));
  let changes = 0;
  let snapshots = 0;
  for (let start = 0; start < histories.length; start += HOUSES_PER_TRANSACTION) {
    const batch = histories.slice(start, start + HOUSES_PER_TRANSACTION);
    await writeTx(async (tx) => {
      const rows: Parameters<typeof writeDemoHistory>[1] = { by: SYSTEM_ACTORS.demoSeed.id, changes: [], snapshots: [], comparisons: [] };
      for (const history of batch) {
        const now = await readHouseNetworkIn(tx, history.houseId);
        if (!now) continue;
        for (const c of history.changes)
          rows.changes.push({ ...c, houseId: history.houseId, from: c.from === null ? null : JSON.stringify(c.from), to: JSON.stringify(c.to) });
        for (const s of history.snapshots)
          rows.snapshots.push({
            id: s.id,
            houseId: history.houseId,
            label: s.label,
            takenAt: s.takenAt,
            takenBy: SYSTEM_ACTORS.demoSeed.label,
            network: JSON.stringify(demoSnapshotNetwork(now, history, s.afterSession)),
          });
        // Step 6 compares the end of 2015 with now (the newest snapshot may be the 2026 round's, equal to now).
        const compared = history.snapshots.at(-1)!;
        rows.comparisons.push({ houseId: history.houseId, snapshotId: compared.id, at: compared.takenAt, byName: SYSTEM_ACTORS.demoSeed.label });
      }
      await writeDemoHistory(tx, rows);
      changes += rows.changes.length;
      snapshots += rows.snapshots.length;
    });
  }
  log(
    `Demo history 2015-2016: ${changes} recorded changes and ${snapshots} snapshots over ${histories.length} houses (${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  return { changes, snapshots };
}
