import { z } from 'zod';
import { PROVINCES } from '../regions';

/**
 * The regional view's selection: a province, one actor type (e.g. only the CAWs), and the region
 * to draw, named by a house in it.
 */
export const regionalQuerySchema = z.object({
  provincie: z.enum(PROVINCES, { error: () => 'Onbekende provincie.' }).optional(),
  type: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,80}$/, 'Onbekend type actor.')
    .optional(),
  regio: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Onbekende regio.')
    .optional(),
});

export type RegionalQuery = z.infer<typeof regionalQuerySchema>;

export function readRegionalQuery(params: Record<string, string | string[] | undefined>): { query: RegionalQuery; errors: string[] } {
  const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const parsed = regionalQuerySchema.safeParse({ provincie: single(params.provincie), type: single(params.type), regio: single(params.regio) });
  return parsed.success ? { query: parsed.data, errors: [] } : { query: {}, errors: parsed.error.issues.map((i) => i.message) };
}
