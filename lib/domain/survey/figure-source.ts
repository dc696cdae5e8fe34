import { z } from '../../zod-dutch';

/**
 * Where the figures of /cijfers come from (issue 19): the 2016 report as printed, the houses'
 * maps as they are now, or a survey round's frozen submissions ("voorlopig" while the round is
 * not closed). Chosen with `?ronde=2016|nu|<id>` on the page and on /api/cijfers/<table>.
 */
export const REPORT_SOURCE_ID = '2016';
export const NOW_SOURCE_ID = 'nu';

export const figureSourceIdSchema = z
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
