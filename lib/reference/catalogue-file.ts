import { z } from 'zod';
import actorTypesJson from '../../seed/data/actor-types.json';
import clustersJson from '../../seed/data/clusters.json';
import { actorTypeSchema, clusterSchema, type Catalogue } from '../domain/catalogue';

/** The catalogue files (seed/data/clusters.json, actor-types.json), validated once on first use. */
let cached: Catalogue | undefined;

export function readCatalogueFile(): Catalogue {
  if (cached) return cached;
  const clusters = z.array(clusterSchema).parse(clustersJson);
  const actorTypes = z
    .array(actorTypeSchema)
    .parse(actorTypesJson)
    .map((type, index) => ({ ...type, order: index + 1 }));
  const clusterCodes = new Set(clusters.map((c) => c.code));
  for (const type of actorTypes) {
    for (const code of [type.cluster, ...type.alsoFits]) {
      if (!clusterCodes.has(code)) throw new Error(`Actor type ${type.code} names unknown cluster ${code}`);
    }
  }
  cached = { clusters, actorTypes };
  return cached;
}
