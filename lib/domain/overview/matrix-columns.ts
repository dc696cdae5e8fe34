import type { CatalogueActorType } from '../catalogue';

/**
 * The columns of the mandatory-partner matrix: lokaal bestuur (decree Art. 7, expected in every
 * house) and the eight types that must join when they exist in the area (report 4.4.4,
 * l. 3431-3436), in catalogue order. Taken from the catalogue (lib/reference/matrix-columns.ts), never typed twice.
 */
export interface MatrixColumn {
  code: string;
  name: string;
  /** Short header for the matrix; the full name is in `name`. */
  short: string;
  basis: 'mandatory' | 'decree-art-7';
  /** False for the two mandatory offers that were not rows of the 2016 questionnaire. */
  fromQuestionnaire: boolean;
  note: string | null;
  line: number | null;
}

const SHORT_NAMES: Record<string, string> = {
  'lokaal-bestuur': 'Lokaal bestuur',
  consultatiebureauwerking: 'Consultatie\u00adbureau',
  'regioteam-kind-en-gezin': 'Regioteam K&G',
  'opvoedingswinkel-opvoedingspunt': 'Opvoedings\u00adwinkel/-punt',
  'spel-en-ontmoetingsinitiatief': 'Spel en ontmoeting',
  inloopteam: 'Inloopteam',
  'gezinsondersteuning-aan-huis-door-vrijwilligers': 'Gezinsonder\u00adsteuning aan huis',
  'prenatale-steunpunten': 'Prenatale steunpunten',
  'aanbod-onderwijskansen': 'Aanbod onderwijs\u00adkansen',
};

/**
 * Column order: Art. 7 first, then the order of the report's list (4.3.9 l. 2778-2782, 4.3.11
 * l. 3008-3013, 4.4.4 l. 3431-3436), with the two offers outside the 2016 questionnaire last.
 */
const ORDER = [
  'lokaal-bestuur',
  'consultatiebureauwerking',
  'regioteam-kind-en-gezin',
  'opvoedingswinkel-opvoedingspunt',
  'spel-en-ontmoetingsinitiatief',
  'inloopteam',
  'gezinsondersteuning-aan-huis-door-vrijwilligers',
  'prenatale-steunpunten',
  'aanbod-onderwijskansen',
];

/** The matrix's columns from the catalogue's types. */
export function matrixColumnsOf(types: readonly CatalogueActorType[]): MatrixColumn[] {
  const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);
  const selected = types.filter((t) => t.mandatory || t.expectedByDecree);
  // A mandatory type added to the catalogue later still gets a column (after the known ones).
  return selected
    .sort((a, b) => rank(a.code) - rank(b.code) || a.order - b.order)
    .map((t) => ({
      code: t.code,
      name: t.name.charAt(0).toUpperCase() + t.name.slice(1),
      short: SHORT_NAMES[t.code] ?? t.name,
      basis: t.mandatory ? 'mandatory' : 'decree-art-7',
      fromQuestionnaire: t.fromQuestionnaire,
      note: t.mandatory ? t.mandatoryNote : (t.expectedByDecreeNote ?? null),
      line: t.mandatory ? t.mandatoryLine : (t.expectedByDecreeLine ?? null),
    }));
}

/** The short header without soft hyphens, for CSV, XLSX and plain text. */
export function plainShort(column: MatrixColumn): string {
  return column.short.replace(/\u00ad/g, '');
}
