import 'server-only';
import { countHouses } from '@/graph/repositories/houses';
import { assertAdmin } from '../access';
import type { SessionUser } from '../../domain/actor';

/** The beheerder's import page: who may see it, and how many houses there are now. */
export async function getAdminImportPage(user: SessionUser): Promise<{ houses: number }> {
  assertAdmin(user);
  return { houses: await countHouses() };
}
