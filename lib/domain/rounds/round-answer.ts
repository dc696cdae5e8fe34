import { z } from '../zod-dutch';
import { LEVEL_CODES, LEVELS, type LevelCode } from '../levels';

/**
 * An answer in a round's questionnaire: one of the seven levels, or an explicit "geen antwoord"
 * (in 2016 a house could leave a type blank; the report counts those as "geen antwoord", and a
 * row's Totaal is then below 116). A blank is not an answer in a round: every type needs one of
 * the eight choices, so that "no answer" is always a decision and never an oversight.
 */
export const NO_ANSWER = 'geen_antwoord';

export const ROUND_ANSWERS = [...LEVEL_CODES, NO_ANSWER] as const;

export type RoundAnswer = (typeof ROUND_ANSWERS)[number];

export const roundAnswerSchema = z.enum(ROUND_ANSWERS, { error: 'Kies een betrokkenheid of ‘Geen antwoord’.' });

export function roundAnswerLabel(answer: RoundAnswer): string {
  return answer === NO_ANSWER ? 'Geen antwoord' : LEVELS[answer].label;
}

/** A chosen answer as it is stored: a level, or null for "geen antwoord". */
export function answerLevel(answer: RoundAnswer): LevelCode | null {
  return answer === NO_ANSWER ? null : answer;
}
