import { z } from 'zod';
import { surveyFilterSchema } from '../survey/survey-filter';

/** Columns the house table can be sorted on (the query-string values are Dutch, like the UI). */
export const SORT_KEYS = ['naam', 'provincie', 'verstedelijking', 'direct', 'kernpartners', 'nog-niet', 'indirect', 'hiaten'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * The overview's selection, read from the query string: the /cijfers filters (province,
 * urbanisation, intermunicipal) plus "has a gap", a search, the sort, and how an unanswered type
 * that was not in the 2016 questionnaire counts. Every value is optional; an unknown value is
 * refused with a Dutch message.
 */
export const overviewFilterSchema = surveyFilterSchema.extend({
  hiaat: z.enum(['ja', 'nee'], { error: () => 'Kies ja of nee voor “met hiaat”.' }).optional(),
  zoek: z.string().trim().max(80, 'De zoekterm is te lang (max. 80 tekens).').optional(),
  /** "hiaat" (default, DOMAIN.md's rule): no answer is a gap; "apart": shown but not counted. */
  nietbevraagd: z.enum(['hiaat', 'apart'], { error: () => 'Onbekende keuze voor types buiten de vragenlijst van 2016.' }).optional(),
  /** Minimum offer tab: only houses where an Art. 8 function is not covered. */
  aanbod: z.enum(['onvolledig'], { error: () => 'Onbekende keuze voor het minimumaanbod.' }).optional(),
  sorteer: z.enum(SORT_KEYS, { error: () => 'Onbekende sortering.' }).optional(),
  richting: z.enum(['op', 'af'], { error: () => 'Sorteer op- of aflopend.' }).optional(),
});

export type OverviewFilter = z.infer<typeof overviewFilterSchema>;

const KEYS = Object.keys(overviewFilterSchema.shape) as (keyof OverviewFilter)[];

/** Parses URLSearchParams or Next's searchParams object; empty strings mean "not set". */
export function parseOverviewFilter(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const single = Array.isArray(value) ? value[0] : value;
    return single === '' || single === null || single === undefined ? undefined : single;
  };
  return overviewFilterSchema.safeParse(Object.fromEntries(KEYS.map((key) => [key, get(key)])));
}

/** The parsed filter, or the empty filter with the Dutch messages when the query was invalid. */
export function readOverviewFilter(params: URLSearchParams | Record<string, string | string[] | undefined>): { filter: OverviewFilter; errors: string[] } {
  const parsed = parseOverviewFilter(params);
  return parsed.success ? { filter: parsed.data, errors: [] } : { filter: {}, errors: parsed.error.issues.map((i) => i.message) };
}

/** The filter as a query string, for links between the tabs and to the exports. */
export function overviewQuery(filter: OverviewFilter, overrides: Partial<Record<keyof OverviewFilter, string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = key in overrides ? overrides[key] : filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** True when the selection narrows the houses (sorting does not). */
export function narrowsHouses(filter: OverviewFilter): boolean {
  return Boolean(filter.provincie || filter.verstedelijking || filter.intergemeentelijk || filter.hiaat || filter.zoek);
}
