import 'server-only';
import { readOccupancy } from '@/graph/repositories/backup';
import { readTx } from '@/graph/session';
import { assertAdmin } from '../access';
import type { SessionUser } from '../../domain/actor';

/** The backup page: for the beheerder; whether this database is empty enough to restore into. */
export async function getBackupPage(user: SessionUser): Promise<{ empty: boolean; houses: number }> {
  assertAdmin(user);
  const occupancy = await readTx((tx) => readOccupancy(tx));
  return { empty: Object.values(occupancy).every((n) => n === 0), houses: occupancy.House ?? 0 };
}
