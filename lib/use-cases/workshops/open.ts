import 'server-only';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { takeSnapshot } from '@/graph/repositories/snapshots';
import { createWorkshop, findWorkshop, listWorkshops } from '@/graph/repositories/workshops';
import type { WorkshopRecord } from '@/lib/domain/workshop/records';
import { listHouses } from '@/graph/repositories/houses';
import { assertWorkshopRun } from '../access';
import type { SessionUser } from '../../domain/actor';
import { canRunWorkshop } from '../../domain/access-rules';
import { ConflictError, NotFoundError, WorkshopCodeTakenError } from '../../domain/errors';
import type { HouseSummary } from '../../domain/house';
import { workshopEnded } from '../../domain/workshop/workshop-ended';
import { generateCode } from '../../domain/workshop/code';

/** A workshop runs for at most this long after it opened; then its code no longer works. */
const WORKSHOP_HOURS = 12;

const BEFORE_LABEL = 'Vóór de workshop';
export const AFTER_LABEL = 'Na de workshop';

/**
 * Opens a workshop for a house: takes the snapshot "Vóór de workshop <code>" and creates the
 * workshop with a fresh join code. A house with a workshop still running gets that one back
 * (a double click opens one workshop, not two).
 */
export async function openWorkshop(user: SessionUser, houseId: string, now: Date = new Date()): Promise<string> {
  assertWorkshopRun(user, houseId);
  const running = (await listWorkshops([houseId])).find((w) => !workshopEnded(w, now));
  if (running) return running.code;
  const network = await readHouseNetwork(houseId);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = generateCode();
    if (await findWorkshop(code)) continue;
    const ctx = { houseId, by: user.id, byName: user.name };
    const beforeSnapshotId = await takeSnapshot(ctx, `${BEFORE_LABEL} ${code}`, network);
    try {
      await createWorkshop({
        code,
        houseId,
        by: user.id,
        byName: user.name,
        opensAt: now,
        closesAt: new Date(now.getTime() + WORKSHOP_HOURS * 3_600_000),
        beforeSnapshotId,
      });
      return code;
    } catch (error) {
      if (!(error instanceof WorkshopCodeTakenError)) throw error;
    }
  }
  throw new ConflictError('no free workshop code', 'Er kon geen vrije code gevonden worden. Probeer het opnieuw.');
}

export interface WorkshopOverview {
  houses: (HouseSummary & { workshops: WorkshopRecord[] })[];
  /** Whether this user may open workshops at all (coordinator or invited facilitator). */
  canRun: boolean;
}

/** The /workshops page: the user's houses with their open and closed workshops. */
export async function getWorkshopOverview(user: SessionUser): Promise<WorkshopOverview> {
  const houseIds = user.houseIds.filter((id) => canRunWorkshop(user, id));
  if (houseIds.length === 0) return { houses: [], canRun: false };
  const [houses, workshops] = await Promise.all([listHouses(houseIds), listWorkshops(houseIds)]);
  return { canRun: true, houses: houses.map((h) => ({ ...h, workshops: workshops.filter((w) => w.houseId === h.id) })) };
}
