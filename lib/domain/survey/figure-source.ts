import { z } from '../zod-dutch';

/**
 * Where the figures of /cijfers come from (issue 19): the 2016 report as printed, the houses'
 * maps as they are now, or a survey round's frozen submissions ("voorlopig" while the round is
 * not closed). Chosen with `?ronde=2016|nu|<id>` on the page and on /api/cijfers/<table>.
 */
export const REPORT_SOURCE_ID = '2016';
export const NOW_SOURCE_ID = 'nu';

const figureSourceIdSchema = z
  .string({ error: 'Kies een bron voor de cijfers.' })
  .trim()
  .regex(/^(2016|nu|[a-z0-9][a-z0-9-]{1,80})$/, 'Onbekende bron voor de cijfers. Kies 2016, nu of een bevraging.');

export type FigureSourceKind = 'report' | 'now' | 'round';

export interface FigureSource {
  id: string;
  kind: FigureSourceKind;
  /** As the choice lists it: "2016 (rapport)", "Nu (de kaarten van vandaag)", "Bevraging 2027 (voorlopig)". */
  label: string;
  /** In a table row, next to the numbers: "2016", "nu", "2027". */
  short: string;
  /** A round still open (or planned): houses may still submit, the figures may change. */
  provisional: boolean;
}

export const REPORT_SOURCE: FigureSource = { id: REPORT_SOURCE_ID, kind: 'report', label: '2016 (rapport)', short: '2016', provisional: false };
export const NOW_SOURCE: FigureSource = { id: NOW_SOURCE_ID, kind: 'now', label: 'Nu (de kaarten van vandaag)', short: 'nu', provisional: false };

/** A round as a source; its short label is the year in its name ("Bevraging 2027" → "2027"), else the name. */
export function roundSource(round: { id: string; name: string }, provisional: boolean): FigureSource {
  const year = /\b(19|20)\d{2}\b/.exec(round.name)?.[0];
  return {
    id: round.id,
    kind: 'round',
    label: provisional ? `${round.name} (voorlopig)` : round.name,
    short: `${year ?? round.name.slice(0, 14)}${provisional ? '*' : ''}`,
    provisional,
  };
}

/** Which two sources a page or download compares: shown first, the other beside it. */
export interface SourceChoice {
  shown: string;
  compared: string;
}

/** The first page of /cijfers: the maps now, next to the 2016 report. */
export const DEFAULT_SOURCES: SourceChoice = { shown: NOW_SOURCE_ID, compared: REPORT_SOURCE_ID };

/**
 * `?ronde=` (the source shown) and `?vergelijk=` (the one beside it) from a query string or
 * Next's searchParams; empty means the default. `named`: the request named either, so a download
 * names its sources in its columns.
 */
export function parseSourceChoice(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): { ok: true; choice: SourceChoice; named: boolean } | { ok: false; message: string } {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    const single = Array.isArray(value) ? value[0] : value;
    return single ? single : undefined;
  };
  const shown = get('ronde');
  const compared = get('vergelijk');
  for (const value of [shown, compared]) {
    if (value === undefined) continue;
    const parsed = figureSourceIdSchema.safeParse(value);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  }
  return {
    ok: true,
    choice: { shown: shown?.trim() ?? DEFAULT_SOURCES.shown, compared: compared?.trim() ?? DEFAULT_SOURCES.compared },
    named: shown !== undefined || compared !== undefined,
  };
}

/** The choice as a query string, leaving out what is the default (so the first page keeps its plain links). */
export function sourceQuery(choice: SourceChoice): string {
  const params = new URLSearchParams();
  if (choice.shown !== DEFAULT_SOURCES.shown) params.set('ronde', choice.shown);
  if (choice.compared !== DEFAULT_SOURCES.compared) params.set('vergelijk', choice.compared);
  return params.toString();
}
