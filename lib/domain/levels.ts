/**
 * The seven involvement levels of questionnaire question 4 (report appendix; DOMAIN.md).
 * This is the one definition: the zod schema (level-schema.ts), the Cypher parameters, the map style, the legend
 * and the CSV headers all derive from it.
 */
export const LEVEL_CODES = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet', 'niet', 'niet_aanwezig'] as const;

export type LevelCode = (typeof LEVEL_CODES)[number];

export type LevelGroup = 'direct' | 'indirect' | 'not_involved';

export interface LevelDefinition {
  code: LevelCode;
  /** Dutch label as the questionnaire prints it. */
  label: string;
  /** The questionnaire's own explanation of the answer (report lines 13524-13556, question 4). */
  definition: string;
  group: LevelGroup;
  /**
   * Strength used to derive a type's answer from its named organisations: the strongest wins
   * (kernpartner > gemiddeld > minimaal > indirect > nog niet > niet > niet aanwezig; DESIGN.md).
   */
  strength: number;
}

export const LEVELS: Record<LevelCode, LevelDefinition> = {
  kernpartner: {
    code: 'kernpartner',
    label: 'Kernpartner',
    definition:
      'Een partner die mee sturing geeft aan het Huis van het Kind en/of de ontwikkeling ervan mee mogelijk maakt, bv. als lid van de stuurgroep, met inbreng rond visie, missie, organisatie of door mee middelen in te zetten.',
    group: 'direct',
    strength: 7,
  },
  gemiddeld: {
    code: 'gemiddeld',
    label: 'Gemiddeld',
    definition: 'De actor is mee betrokken in het samenwerkingsverband, geeft input en denkt mee na, maar gaat nog niet tot uitvoering over.',
    group: 'direct',
    strength: 6,
  },
  minimaal: {
    code: 'minimaal',
    label: 'Minimaal',
    definition:
      'Betrokkenheid zonder concreet engagement: de actor toonde bereidheid om deel uit te maken van het Huis van het Kind via minstens een eenmalig contact.',
    group: 'direct',
    strength: 5,
  },
  indirect: {
    code: 'indirect',
    label: 'Indirect',
    definition: 'De actor maakt geen deel uit van het samenwerkingsverband, maar het Huis van het Kind is wel vertegenwoordigd in het netwerk van deze actor.',
    group: 'indirect',
    strength: 4,
  },
  nog_niet: {
    code: 'nog_niet',
    label: 'Nog niet',
    definition: 'De actor is niet betrokken, er was nog geen contact, maar het staat op de planning om deze actor later te betrekken.',
    group: 'not_involved',
    strength: 3,
  },
  niet: {
    code: 'niet',
    label: 'Niet',
    definition: 'De actor is niet betrokken en het staat niet op de planning om deze actor later te betrekken.',
    group: 'not_involved',
    strength: 2,
  },
  niet_aanwezig: {
    code: 'niet_aanwezig',
    label: 'Niet aanwezig in werkgebied',
    definition: 'Betrokkenheid is niet mogelijk omdat deze actor niet aanwezig is binnen het werkingsgebied.',
    group: 'not_involved',
    strength: 1,
  },
};

export const DIRECT_LEVELS = LEVEL_CODES.filter((code) => LEVELS[code].group === 'direct');

export function isDirect(level: LevelCode): boolean {
  return LEVELS[level].group === 'direct';
}

/** Every level, strongest first: the order in which a type's answer takes its organisations' strongest level. */
export const LEVELS_BY_STRENGTH: readonly LevelCode[] = [...LEVEL_CODES].sort((a, b) => LEVELS[b].strength - LEVELS[a].strength);

/** The strongest level among a type's organisations; null when it names none. */
export function strongestLevel(levels: readonly LevelCode[]): LevelCode | null {
  let best: LevelCode | null = null;
  for (const level of levels) {
    if (best === null || LEVELS[level].strength > LEVELS[best].strength) best = level;
  }
  return best;
}

export function levelLabel(level: LevelCode | null): string {
  return level === null ? 'Geen antwoord' : LEVELS[level].label;
}
