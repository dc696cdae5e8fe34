import { LEVEL_CODES, LEVELS, type LevelCode } from '../levels';
import { compact, normalise } from './normalise';
import { suggest, type Candidate } from './suggest';

/**
 * The spellings of each answer that a person or the 2016 report uses, besides the label and the
 * code: the short forms of the report's table headings ("min gem kern", "Nog niet", "Niet aanw.",
 * report lines 2250-2258), single letters as people type them in a sheet, and the legend's own
 * "Nog niet (gepland)". Matched after normalise(), so case, accents and dots do not matter.
 */
const SYNONYMS: Record<LevelCode, string[]> = {
  kernpartner: ['kern', 'k', 'kp', 'kernpartners', 'kern partner'],
  gemiddeld: ['gem', 'g', 'gemiddelde', 'gemiddeld betrokken'],
  minimaal: ['min', 'm', 'minimale', 'minimaal betrokken'],
  indirect: ['ind', 'i', 'indirecte', 'indirect betrokken'],
  nog_niet: ['nn', 'nog niet gepland', 'nog niet betrokken', 'gepland'],
  niet: ['n', 'niet betrokken'],
  niet_aanwezig: ['niet aanw', 'niet aanwezig', 'n a', 'na', 'niet in werkgebied', 'niet aanwezig in het werkgebied', 'niet aanwezig in werkingsgebied'],
};

/** Texts that mean "no answer": left empty, a dash as the report prints for zero, or said so. */
const NO_ANSWER = new Set(['', 'geen antwoord', 'geen']);
const DASHES = /^[\s\-–—]*$/;

const LOOKUP = new Map<string, LevelCode>();
for (const code of LEVEL_CODES) {
  for (const spelling of [LEVELS[code].label, code, ...SYNONYMS[code]]) {
    LOOKUP.set(normalise(spelling), code);
    LOOKUP.set(compact(spelling), code);
  }
}

const CANDIDATES: Candidate<LevelCode>[] = LEVEL_CODES.map((code) => ({
  names: [LEVELS[code].label, ...SYNONYMS[code].filter((s) => s.length > 3)],
  label: LEVELS[code].label,
  value: code,
}));

export type AnswerMatch = { kind: 'level'; level: LevelCode; exact: boolean } | { kind: 'empty' } | { kind: 'unknown'; suggestions: string[] };

/** Reads an answer cell tolerantly. `exact` is false when a synonym was needed (shown in the preview). */
export function matchAnswer(raw: string): AnswerMatch {
  const text = raw.trim();
  if (DASHES.test(text) || NO_ANSWER.has(normalise(text))) return { kind: 'empty' };
  const level = LOOKUP.get(normalise(text)) ?? LOOKUP.get(compact(text));
  if (level) return { kind: 'level', level, exact: normalise(text) === normalise(LEVELS[level].label) };
  return { kind: 'unknown', suggestions: suggest(text, CANDIDATES, 2, 0.45).map((c) => c.label) };
}

/** The Dutch list of accepted answers, for messages. */
export const ANSWER_HELP = `${LEVEL_CODES.map((c) => LEVELS[c].label).join(', ')} (of kort: kern, gem, min, ind, nn, niet aanw.)`;
