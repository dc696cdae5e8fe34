import { z } from 'zod';

/** The comparison's query string: which house, and against which group. */
export const comparisonQuerySchema = z.object({
  huis: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Onbekende code van een huis.').optional(),
  groep: z.enum(['verstedelijking', 'alle'], { error: () => 'Vergelijk met dezelfde verstedelijkingsgraad of met alle huizen.' }).optional(),
});

export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>;

export function readComparisonQuery(params: Record<string, string | string[] | undefined>): { query: ComparisonQuery; errors: string[] } {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = comparisonQuerySchema.safeParse({ huis: single(params.huis), groep: single(params.groep) });
  return parsed.success ? { query: parsed.data, errors: [] } : { query: {}, errors: parsed.error.issues.map((i) => i.message) };
}
