import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDriver } from '@/graph/driver';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { listSnapshots, readSnapshot } from '@/graph/repositories/snapshots';
import { readPresentationRow } from '@/graph/repositories/presentations';
import { brusselsDate } from '@/lib/domain/brussels-date';
import { networkAt } from '@/lib/domain/timeline/network-at';
import { timelineFigures, timelineMoments } from '@/lib/domain/timeline/timeline';
import { toMapEntries } from '@/lib/domain/map/map-entries';
import { ensureDemoAccounts } from '@/seed/demo/demo-accounts';
import { generateDemo } from '@/seed/demo/generate-demo';
import { loadDemo } from '@/seed/demo/load-demo';
import { changesOf, shown } from '../support/map-rebuild';

// The demo houses' seeded history (seed/demo/demo-history.ts) read back the way the Tijdlijn reads
// it: for every demo house, the map rebuilt at each seeded snapshot's moment from the audit trail
// equals that snapshot, and rebuilt at now equals the house as loaded.
const ids = generateDemo().houses.map((h) => h.id);
const quiet = () => {};

describe('the demo history', () => {
  beforeAll(async () => {
    // A fresh load, as on an empty database: the houses exactly as the history ends.
    await loadDemo({ reset: true, log: quiet });
  });
  afterAll(async () => {
    await ensureDemoAccounts({ log: quiet });
    await closeDriver();
  });

  it('rebuilds every seeded snapshot of every demo house from the audit trail, and ends at the house as loaded', async () => {
    let compared = 0;
    for (const houseId of ids) {
      const now = (await readHouseNetwork(houseId))!;
      const changes = await changesOf(houseId);
      // The two of the history. (A house's 2026 round submission, seed/demo/load-demo-round.ts, is a
      // snapshot too, but of the answers it submitted, not of its map: it is not compared.)
      const snapshots = (await listSnapshots(houseId)).filter((s) => s.id.startsWith('snapshot-demo-'));
      expect(snapshots.map((s) => s.label), houseId).toEqual(['Jaaroverzicht 2015', 'Startnetwerk']);
      for (const summary of snapshots) {
        const snapshot = (await readSnapshot(houseId, summary.id))!;
        expect(shown(networkAt(now, changes, snapshot.takenAt)), `${houseId} ${snapshot.label}`).toEqual(shown(snapshot.network));
        compared++;
      }
      expect(shown(networkAt(now, changes, '2017-01-01T00:00:00Z')), houseId).toEqual(shown(now));
      // Before the first change: nothing on the rings but the missing mandatory partners.
      const start = toMapEntries(networkAt(now, changes, '2015-01-01T00:00:00Z')).filter((e) => e.placement !== 'none');
      expect(start.every((e) => e.kind === 'missing'), houseId).toBe(true);
    }
    expect(compared).toBe(2 * ids.length);
  });

  it('sets step 6 of every demo presentation to compare the end of 2015 with now', async () => {
    for (const houseId of ids) expect((await readPresentationRow(houseId)).snapshotId, houseId).toBe(`snapshot-${houseId}-2015`);
  });

  it('dates the history over 2015-2016 with several stops and a growing chart', async () => {
    for (const houseId of ['demo-001', 'demo-002', 'demo-003']) {
      const now = (await readHouseNetwork(houseId))!;
      const changes = await changesOf(houseId);
      const days = new Set(changes.map((c) => brusselsDate(new Date(c.at))));
      expect([...days].every((d) => d >= '2015-01-01' && d <= '2016-12-31'), houseId).toBe(true);
      expect(days.size, houseId).toBeGreaterThanOrEqual(8);
      const seeded = (await listSnapshots(houseId)).filter((s) => s.id.startsWith('snapshot-demo-'));
      const moments = timelineMoments(changes, seeded, new Date('2026-11-30T12:00:00Z'));
      const figures = moments.map((m) => timelineFigures(networkAt(now, changes, m.at)));
      for (let i = 1; i < figures.length; i++) {
        expect(figures[i].kernpartners, `${houseId} ${moments[i].label}`).toBeGreaterThanOrEqual(figures[i - 1].kernpartners);
        expect(figures[i].direct, `${houseId} ${moments[i].label}`).toBeGreaterThanOrEqual(figures[i - 1].direct);
      }
      expect(figures[0].direct).toBe(0);
      expect(figures.at(-1)).toEqual(timelineFigures(now));
      expect(figures.at(-1)!.direct).toBeGreaterThan(0);
    }
  });
});
