import 'server-only';
import { listHouses as listHousesInGraph } from '@/graph/repositories/houses';
import type { HouseSummary } from './house';

/** The houses a visitor may see in the list. Access rules arrive with accounts (issue 7). */
export function listHouses(): Promise<HouseSummary[]> {
  return listHousesInGraph();
}
