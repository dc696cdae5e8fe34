import 'server-only';
import { countHouses } from '@/graph/repositories/houses';
import { requireAdmin } from '../../edge/session';

/** The beheerder's import page: who may see it, and how many houses there are now. */
export async function getAdminImportPage(): Promise<{ houses: number }> {
  await requireAdmin();
  return { houses: await countHouses() };
}
