import 'server-only';
import { readActorTypes, readClusters } from '@/graph/repositories/catalogue';
import type { StoredActorType, StoredCluster } from '@/lib/domain/catalogue';

export interface ClusterWithTypes extends StoredCluster {
  types: StoredActorType[];
}

/** The catalogue as stored in Neo4j, grouped by each type's primary cluster, in report order. */
export async function getCatalogueByCluster(): Promise<ClusterWithTypes[]> {
  const [clusters, types] = await Promise.all([readClusters(), readActorTypes()]);
  return clusters.map((cluster) => ({ ...cluster, types: types.filter((t) => t.cluster === cluster.code) }));
}
