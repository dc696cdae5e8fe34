import type { HouseNetwork } from '../house-network';
import type { LevelCode } from '../levels';
import { NO_ANSWER, type RoundAnswer } from './round-answer';

/**
 * The round's questionnaire for one house (issue 19): question 4 as in 2016, the 52 types in the
 * questionnaire's order (report l. 13588-13700), then "Andere": the types the house added to its
 * map itself, and up to four free rows, as the questionnaire had four open "Andere" fields.
 * Prefilled from the house's last submission to this round, else from its map. Pure.
 */
export interface QuestionnaireType {
  code: string;
  name: string;
  cluster: string;
  mandatory: boolean;
}

export interface RoundFormRow {
  code: string;
  name: string;
  section: 'vraag-4' | 'andere';
  mandatory: boolean;
  /** The house's answer on its map now (null: none). */
  mapLevel: LevelCode | null;
  /**
   * The map's answer follows from the organisations the house names of this type: the form shows
   * it and the submission takes it as it is on the map at that moment; it changes on the map.
   */
  derived: boolean;
  organisations: { name: string; level: LevelCode }[];
  /** The answer the form shows first; null when the house must still choose one. */
  value: RoundAnswer | null;
}

/** A free "Andere" row: an actor the house names only in this round. */
export interface ExtraRow {
  name: string;
  value: RoundAnswer;
}

export const EXTRA_ROWS = 4;
/** The code a free "Andere" row gets in the frozen network: ronde-andere-1 … ronde-andere-4. */
export const EXTRA_CODE_PREFIX = 'ronde-andere-';

/** What a house answered in a submission: its frozen network, type by type (null: "geen antwoord"). */
export interface PreviousAnswers {
  byType: Map<string, LevelCode | null>;
  extras: ExtraRow[];
}

export function previousAnswersOf(network: HouseNetwork): PreviousAnswers {
  const byType = new Map<string, LevelCode | null>();
  const extras: ExtraRow[] = [];
  for (const type of network.types) {
    if (type.code.startsWith(EXTRA_CODE_PREFIX)) {
      if (type.answer) extras.push({ name: type.name, value: type.answer.level });
    } else byType.set(type.code, type.answer?.level ?? null);
  }
  return { byType, extras };
}

export function roundFormRows(questionnaire: readonly QuestionnaireType[], network: HouseNetwork, previous: PreviousAnswers | null): RoundFormRow[] {
  const mapTypes = new Map(network.types.map((t) => [t.code, t]));
  const row = (type: QuestionnaireType, section: RoundFormRow['section']): RoundFormRow => {
    const onMap = mapTypes.get(type.code);
    const mapLevel = onMap?.answer?.level ?? null;
    const derived = Boolean(onMap?.answer?.derived);
    const organisations = network.actors.filter((a) => a.typeCode === type.code).map((a) => ({ name: a.name, level: a.level }));
    let value: RoundAnswer | null = mapLevel;
    if (!derived && previous?.byType.has(type.code)) value = previous.byType.get(type.code) ?? NO_ANSWER;
    return { code: type.code, name: type.name, section, mandatory: type.mandatory, mapLevel, derived, organisations, value };
  };
  const own = network.types
    .filter((t) => !t.catalogue && !t.code.startsWith(EXTRA_CODE_PREFIX))
    .map((t) => row({ code: t.code, name: t.name, cluster: t.cluster, mandatory: t.mandatory }, 'andere'));
  return [...questionnaire.map((t) => row(t, 'vraag-4')), ...own];
}
