import { z } from 'zod';
import surveyJson from '../../seed/data/survey-2016.json';
import { PROVINCES, URBANISATION_CODES, type Province, type Urbanisation } from '../domain/regions';

/**
 * The figures across houses that the demo must reproduce, read from seed/data/survey-2016.json
 * (every value there carries its report line). Two facts the JSON keeps only in prose are added
 * here with their lines: the duo-houses per province and the split of same-type intermunicipal
 * houses.
 */
const binSchema = z.object({
  label: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  count: z.number().int(),
  line: z.number().int(),
});

const distributionSchema = z.object({
  table: z.string(),
  line: z.number().int(),
  bins: z.array(binSchema),
  total: z.number().int(),
  mean: z.number(),
  min: z.number().int(),
  max: z.number().int(),
  meanLine: z.number().int(),
});

const surveySchema = z.object({
  houses: z.number().int(),
  provinces: z.array(z.object({ name: z.enum(PROVINCES), count: z.number().int(), line: z.number().int() })),
  urbanisation: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int(), line: z.number().int() })),
  housesOnlyBuitengebied: z.object({ count: z.number().int(), line: z.number().int() }),
  intermunicipal: z.object({
    count: z.number().int(),
    line: z.number().int(),
    sameUrbanisationType: z.number().int(),
    mixedUrbanisationType: z.number().int(),
  }),
  directActors: distributionSchema,
  kernpartners: distributionSchema.extend({
    modes: z.array(z.object({ kernpartners: z.number().int(), houses: z.number().int() })),
    modesLine: z.number().int(),
  }),
  meansByUrbanisation: z.array(z.object({ urbanisation: z.string(), directMean: z.number(), kernpartnerMean: z.number(), line: z.number().int() })),
});

export type ReportBin = z.infer<typeof binSchema>;
export type ReportDistribution = z.infer<typeof distributionSchema>;

export interface ReportFigures {
  houses: number;
  /** Houses per province over the 116 questionnaires (Tabel 3 minus the duo-houses). */
  housesByProvince: Record<Province, number>;
  /** Municipalities per urbanisation degree (Tabel 4, 170 municipalities). */
  municipalitiesByUrbanisation: Record<Urbanisation, number>;
  housesOnlyBuitengebied: number;
  intermunicipal: { count: number; sameType: Partial<Record<Urbanisation, number>>; mixedType: number };
  direct: ReportDistribution;
  kernpartners: ReportDistribution & { modes: { kernpartners: number; houses: number }[] };
  meansByUrbanisation: Record<Urbanisation, { direct: number; kernpartners: number; line: number }>;
}

/**
 * Tabel 3 counts 119 houses: three ‘duo-houses’ answered one questionnaire with another house,
 * ‘twee duo-huizen in de provincie Antwerpen en één duo-huis in de provincie Limburg’ (l. 313-315).
 */
const DUO_HOUSES: Partial<Record<Province, number>> = { Antwerpen: 2, Limburg: 1 };

/** ‘acht actief in gemeenten van hetzelfde verstedelijkingstype: 6 huizen in gemeenten in buitengebied en 2 huizen in regiostedelijke gemeenten’ (l. 348-349). */
const SAME_TYPE_INTERMUNICIPAL: Partial<Record<Urbanisation, number>> = { buitengebied: 6, regiostedelijk: 2 };

/** The JSON writes `grootstad-rand`; lib/domain/regions.ts has `grootstad_rand`. */
function toUrbanisation(code: string): Urbanisation {
  const normalised = code.replace(/-/g, '_');
  const found = URBANISATION_CODES.find((c) => c === normalised);
  if (!found) throw new Error(`Unknown urbanisation code in survey-2016.json: ${code}`);
  return found;
}

let cached: ReportFigures | undefined;

export function readReportFigures(): ReportFigures {
  if (cached) return cached;
  const survey = surveySchema.parse(surveyJson);
  const housesByProvince = Object.fromEntries(
    PROVINCES.map((p) => [p, (survey.provinces.find((row) => row.name === p)?.count ?? 0) - (DUO_HOUSES[p] ?? 0)]),
  ) as Record<Province, number>;
  const municipalitiesByUrbanisation = Object.fromEntries(URBANISATION_CODES.map((u) => [u, 0])) as Record<Urbanisation, number>;
  for (const row of survey.urbanisation) municipalitiesByUrbanisation[toUrbanisation(row.code)] = row.count;
  const means = {} as ReportFigures['meansByUrbanisation'];
  for (const row of survey.meansByUrbanisation) {
    means[toUrbanisation(row.urbanisation)] = { direct: row.directMean, kernpartners: row.kernpartnerMean, line: row.line };
  }
  const sameTypeTotal = Object.values(SAME_TYPE_INTERMUNICIPAL).reduce((a, b) => a + (b ?? 0), 0);
  if (sameTypeTotal !== survey.intermunicipal.sameUrbanisationType) {
    throw new Error('survey-2016.json and the same-type intermunicipal split (l. 348-349) disagree');
  }
  cached = {
    houses: survey.houses,
    housesByProvince,
    municipalitiesByUrbanisation,
    housesOnlyBuitengebied: survey.housesOnlyBuitengebied.count,
    intermunicipal: {
      count: survey.intermunicipal.count,
      sameType: SAME_TYPE_INTERMUNICIPAL,
      mixedType: survey.intermunicipal.mixedUrbanisationType,
    },
    direct: survey.directActors,
    kernpartners: survey.kernpartners,
    meansByUrbanisation: means,
  };
  return cached;
}
