import { z } from 'zod';
import { LEVEL_CODES, type LevelCode } from './levels';

/**
 * The actor catalogue as the 2016 report gives it (seed/data/*.json, each value with its report
 * line; see seed/README.md): the schemas lib/reference/catalogue-file.ts validates the files with,
 * and the shape the catalogue is stored in and read back from the graph.
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

export const clusterSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  order: z.number().int(),
  section: z.string(),
  table: z.string().nullable(),
  line: z.number().int(),
});

export const actorTypeSchema = z.object({
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
export type Counts2016 = z.infer<typeof countsSchema>;

export interface Catalogue {
  clusters: CatalogueCluster[];
  actorTypes: CatalogueActorType[];
}

/** The 2016 counts keyed by the product's level codes, in LEVEL_CODES order. */
export function countsByLevel(counts: Counts2016): Record<LevelCode, number> {
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

function countsAsList(counts: Counts2016): number[] {
  const byLevel = countsByLevel(counts);
  return LEVEL_CODES.map((code) => byLevel[code]);
}

export interface StoredCluster {
  code: string;
  name: string;
  order: number;
  section: string;
  table: string | null;
  line: number;
}

export interface StoredActorType {
  code: string;
  name: string;
  order: number;
  cluster: string;
  alsoFits: string[];
  mandatory: boolean;
  mandatoryNote: string | null;
  mandatoryLine: number | null;
  expectedByDecree: boolean;
  fromQuestionnaire: boolean;
  questionnaireLine: number | null;
  tableName: string | null;
  tableLine: number | null;
  /** 2016 counts in LEVEL_CODES order, or null where no table gives them. */
  counts2016: number[] | null;
  total2016: number | null;
}

/** The catalogue file in the shape it is stored and read back in (what "equal" compares). */
export function toStoredCatalogue(catalogue: Catalogue): { clusters: StoredCluster[]; types: StoredActorType[] } {
  return {
    clusters: catalogue.clusters.map((c) => ({ code: c.code, name: c.name, order: c.order, section: c.section, table: c.table, line: c.line })),
    types: catalogue.actorTypes.map((t) => ({
      code: t.code,
      name: t.name,
      order: t.order,
      cluster: t.cluster,
      alsoFits: t.alsoFits,
      mandatory: t.mandatory,
      mandatoryNote: t.mandatoryNote,
      mandatoryLine: t.mandatoryLine,
      expectedByDecree: t.expectedByDecree ?? false,
      fromQuestionnaire: t.fromQuestionnaire,
      questionnaireLine: t.questionnaireLine,
      tableName: t.tableName,
      tableLine: t.tableLine,
      counts2016: t.counts2016 ? countsAsList(t.counts2016) : null,
      total2016: t.counts2016?.totaal ?? null,
    })),
  };
}
