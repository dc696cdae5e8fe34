/**
 * The kinds of tie between two partners of a house, defined once, in the report's words: what
 * the houses value most happens between partners (report l. 1731 "een warme doorverwijzing",
 * l. 4020 "korte doorverwijzingslijnen", l. 1659-1661 "co-creaties opzetten (met minimaal twee
 * partners samen aanbod of maatregelen organiseren)", l. 4016-4017 "de afstemming tussen de
 * actoren", l. 1731 "het leren kennen van elkaars aanbod"). The 2016 survey did not ask about
 * ties, so they never change its figures. Client-safe: the map, legend, table, questionnaire,
 * imports and the overview all read this list.
 */
export const TIE_KINDS = ['doorverwijzing', 'afstemming', 'co-creatie', 'informatie-uitwisseling'] as const;
export type TieKind = (typeof TIE_KINDS)[number];

export interface TieKindDefinition {
  label: string;
  /** Directed: the tie says who does it to whom (who refers families to whom). */
  directed: boolean;
  /** The verb between the two names: "CLB verwijst door naar CAW", "CLB stemt af met CAW". */
  verb: string;
  /** What the kind means, in one sentence for the legend and the forms. */
  meaning: string;
  /** Where the report speaks of it. */
  source: string;
}

export const TIE_KIND_DEFINITIONS: Record<TieKind, TieKindDefinition> = {
  doorverwijzing: {
    label: 'Doorverwijzing',
    directed: true,
    verb: 'verwijst door naar',
    meaning: 'De ene partner verwijst gezinnen door naar de andere (de pijl wijst naar wie de gezinnen ontvangt).',
    source: 'rapport r. 1731, 4020, 4620-4622',
  },
  afstemming: {
    label: 'Afstemming',
    directed: false,
    verb: 'stemt het aanbod af met',
    meaning: 'De partners stemmen hun aanbod op elkaar af, bijvoorbeeld in een overleg.',
    source: 'rapport r. 4016-4020, 4499',
  },
  'co-creatie': {
    label: 'Co-creatie',
    directed: false,
    verb: 'organiseert samen aanbod met',
    meaning: 'De partners organiseren samen aanbod of maatregelen (een gezamenlijk aanbod).',
    source: 'rapport r. 1659-1661, 4500, 5163',
  },
  'informatie-uitwisseling': {
    label: 'Informatie-uitwisseling',
    directed: false,
    verb: 'wisselt informatie uit met',
    meaning: 'De partners houden elkaar op de hoogte en kennen elkaars aanbod.',
    source: 'rapport r. 1719, 1731, 2433',
  },
};

export function isTieKind(value: unknown): value is TieKind {
  return typeof value === 'string' && (TIE_KINDS as readonly string[]).includes(value);
}
