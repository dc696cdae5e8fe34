import { z } from 'zod';
import actorTypesJson from '../../seed/data/actor-types.json';
import clustersJson from '../../seed/data/clusters.json';
import { LEVEL_CODES, type LevelCode } from '../domain/levels';

/**
 * The actor catalogue as the 2016 report gives it (seed/data/*.json, each value with its report
 * line; see seed/README.md). Validated on load so a bad edit of the data fails loudly.
 */
const countsSchema = z.object({
  minimaal: z.number().int().min(0),
  gemiddeld: z.number().int().min(0),
  kernpartner: z.number().int().min(0),
  indirect: z.number().int().min(0),
  nogNiet: z.number().int().min(0),
  niet: z.number().int().min(0),
  nietAanwezig: z.number().int().min(0),
  totaal: z.number().int().min(0).max(116),
});

const clusterSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  order: z.number().int(),
  section: z.string(),
  table: z.string().nullable(),
  line: z.number().int(),
});

const actorTypeSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  questionnaireLine: z.number().int().nullable(),
  fromQuestionnaire: z.boolean(),
  tableName: z.string().nullable(),
  table: z.string().nullable().optional(),
  cluster: z.string(),
  tableLine: z.number().int().nullable(),
  alsoFits: z.array(z.string()),
  mandatory: z.boolean(),
  mandatoryNote: z.string().nullable(),
  mandatoryLine: z.number().int().nullable(),
  expectedByDecree: z.boolean().optional(),
  expectedByDecreeNote: z.string().optional(),
  expectedByDecreeLine: z.number().int().optional(),
  counts2016: countsSchema.nullable(),
});

export type CatalogueCluster = z.infer<typeof clusterSchema>;
export type CatalogueActorType = z.infer<typeof actorTypeSchema> & { order: number };

export interface Catalogue {
  clusters: CatalogueCluster[];
  actorTypes: CatalogueActorType[];
}

/** The 2016 counts keyed by the product's level codes, in LEVEL_CODES order. */
export function countsByLevel(counts: z.infer<typeof countsSchema>): Record<LevelCode, number> {
  return {
    kernpartner: counts.kernpartner,
    gemiddeld: counts.gemiddeld,
    minimaal: counts.minimaal,
    indirect: counts.indirect,
    nog_niet: counts.nogNiet,
    niet: counts.niet,
    niet_aanwezig: counts.nietAanwezig,
  };
}

export function countsAsList(counts: z.infer<typeof countsSchema>): number[] {
  const byLevel = countsByLevel(counts);
  return LEVEL_CODES.map((code) => byLevel[code]);
}

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
