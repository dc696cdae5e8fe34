import { z } from 'zod';

const houseCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Onbekende code van een huis.');

/**
 * The comparison's query string: which house, and against what: the houses of its
 * urbanisation degree, all houses, or one other house (`groep=huis&met=<code>`).
 */
export const comparisonQuerySchema = z
  .object({
    huis: houseCode.optional(),
    groep: z
      .enum(['verstedelijking', 'alle', 'huis'], { error: () => 'Vergelijk met dezelfde verstedelijkingsgraad, met alle huizen of met een ander huis.' })
      .optional(),
    met: houseCode.optional(),
  })
  .refine((q) => q.groep !== 'huis' || Boolean(q.met), { path: ['met'], message: 'Kies het huis om mee te vergelijken.' })
  .refine((q) => q.groep !== 'huis' || q.met !== q.huis, { path: ['met'], message: 'Kies een ander huis om mee te vergelijken dan het huis zelf.' });

export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

export function readComparisonQuery(params: Record<string, string | string[] | undefined>): { query: ComparisonQuery; errors: string[] } {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const raw = { huis: single(params.huis), groep: single(params.groep), met: single(params.met) };
  const parsed = comparisonQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, errors: [] };
  // Keep the house when only the second one is wrong, so the page still shows what it can.
  const house = houseCode.safeParse(raw.huis);
  return { query: house.success ? { huis: house.data } : {}, errors: parsed.error.issues.map((i) => i.message) };
}

/** The page's own address for a query (the login page sends the visitor back to it). */
export function comparisonPath(query: ComparisonQuery): string {
  const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]).toString();
  return qs ? `/overzicht/vergelijken?${qs}` : '/overzicht/vergelijken';
}
