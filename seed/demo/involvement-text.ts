import type { LevelCode } from '../../lib/domain/levels';

/**
 * The words on a named house's involvements. The notes follow how houses described the levels in
 * the report (4.2.1, l. 2050-2082); owners and next steps are what a coordinator would write.
 */
export const NOTES: Partial<Record<LevelCode, readonly (string | null)[]>> = {
  kernpartner: [
    'Lid van de stuurgroep.',
    'Zit in het dagelijks bestuur en krijgt een plaats in het fysieke huis.',
    'Geeft mee sturing aan de visie en zet middelen in.',
    null,
  ],
  gemiddeld: [
    'Lid van de algemene vergadering; neemt deel aan een thematische werkgroep.',
    'Denkt mee na en geeft input, maar gaat nog niet tot uitvoering over.',
    'We kennen elkaar en er is al een eerste samenwerking.',
    null,
  ],
  minimaal: [
    'Eenmalig contact bij het in kaart brengen van het aanbod.',
    'Was aanwezig op de forumdag en toonde interesse.',
    'Houdt de fiche op de website actueel.',
    null,
  ],
  nog_niet: ['Nog geen contact; staat op de planning.', 'Opgenomen in het actieplan van dit jaar.', null],
  niet: ['Aangesproken, maar nog geen reactie.', null],
};

export const OWNERS: readonly string[] = [
  'coördinator Huis van het Kind',
  'schepen van Welzijn',
  'kinderwelzijnswerker',
  'stuurgroep',
  'werkgroep Ontmoeting',
  'werkgroep Gezondheid',
  'beleidsmedewerker Welzijn',
  'regioverpleegkundige Kind en Gezin',
];

export const NEXT_STEPS: readonly string[] = [
  'Kennismakingsgesprek plannen.',
  'Uitnodigen op de volgende stuurgroep.',
  'Aanbod voorstellen op het partneroverleg.',
  'Via de schepen een eerste contact leggen.',
  'Infomoment voor hun medewerkers organiseren.',
  'Engagementsverklaring voorleggen.',
  'Uitnodigen op de netwerkdag.',
  'Samen een eerste activiteit uitwerken.',
];

/** Fixed dates, so the demo does not depend on the day it is loaded. */
export const DUE_DATES: readonly string[] = ['2027-01-31', '2027-03-31', '2027-04-30', '2027-06-30', '2027-09-30', '2027-12-31'];
