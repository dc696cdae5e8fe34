import { z } from 'zod';
import { PROVINCES, URBANISATION_CODES } from '../regions';

/**
 * Which houses a survey figure is computed over. Read from the query string, so every value is
 * optional and an unknown value is refused with a Dutch message rather than silently ignored.
 */
export const surveyFilterSchema = z.object({
  provincie: z.enum(PROVINCES, { error: () => 'Onbekende provincie.' }).optional(),
  verstedelijking: z.enum(URBANISATION_CODES, { error: () => 'Onbekende verstedelijkingsgraad.' }).optional(),
  intergemeentelijk: z.enum(['ja', 'nee'], { error: () => 'Kies ja of nee voor intergemeentelijk.' }).optional(),
});

export type SurveyFilter = z.infer<typeof surveyFilterSchema>;

/** Parses URLSearchParams or Next's searchParams object; empty strings mean "all". */
export function parseSurveyFilter(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const single = Array.isArray(value) ? value[0] : value;
    return single === '' || single === null ? undefined : single;
  };
  return surveyFilterSchema.safeParse({
    provincie: get('provincie'),
    verstedelijking: get('verstedelijking'),
    intergemeentelijk: get('intergemeentelijk'),
  });
}

export function isFiltered(filter: SurveyFilter): boolean {
  return Boolean(filter.provincie || filter.verstedelijking || filter.intergemeentelijk);
}

/** The filter as a query string (for links to CSV/JSON of the same selection). */
export function filterQuery(filter: SurveyFilter): string {
  const params = new URLSearchParams();
  if (filter.provincie) params.set('provincie', filter.provincie);
  if (filter.verstedelijking) params.set('verstedelijking', filter.verstedelijking);
  if (filter.intergemeentelijk) params.set('intergemeentelijk', filter.intergemeentelijk);
  return params.toString();
}
