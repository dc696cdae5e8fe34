import { readArrangementRowsIn, type ArrangementRow } from './repositories/arrangements';
import { stampedCache } from './stamped-cache';

/** The saved arrangements of the 64 houses viewed last, kept while nothing was committed since (graph/stamped-cache.ts). */
const arrangements = stampedCache<ArrangementRow[]>('house-arrangements', 64);

/**
 * A house's saved arrangement rows, answered from the last read while the database has not
 * changed since: the map page reads them on every view, beside the network (kept the same way).
 * `stamp` must have been taken before this call.
 */
export async function readCurrentArrangementRows(houseId: string, stamp: string | null): Promise<readonly ArrangementRow[]> {
  return (await arrangements.read(houseId, stamp, (tx) => readArrangementRowsIn(tx, houseId))) ?? [];
}
