import type { AnswerTable } from './answer-table';
import type { FigureSource } from './figure-source';
import type { DistributionTable } from './distribution-table';
import type { SurveyFilter } from './survey-filter';
import type { UrbanisationMeansTable } from './urbanisation-means';

/** One table of the survey figures (Tables 14-27 and the urbanisation means), next to the report's 2016 figures. */
export type SurveyTable = AnswerTable | DistributionTable | UrbanisationMeansTable;

/** Why a visitor may not see a selection: more than one filter at once, or one that differences out a small group. */
export type SelectionRefusal = 'combined' | 'differencing';

/** Who asks for figures: a visitor (public, only safe selections) or a reader of every house. */
export type FigureAudience = 'public' | 'agency';

/**
 * Below this many houses a filtered selection would show the answers of nearly identifiable
 * houses (e.g. the one house in Brussels), which a visitor may not see: the figures are withheld.
 * Which selections a visitor may see at all: lib/use-cases/public-selections.ts.
 */
export const MIN_HOUSES_IN_SELECTION = 5;

export type SurveyFigures =
  | { status: 'ok'; houses: number; tables: SurveyTable[]; sources: { shown: FigureSource; compared: FigureSource }; notes: string[] }
  /** `side: 'compared'` when the compared source (issue 19) has too few houses in this selection. */
  | { status: 'too-few-houses'; houses: number; side?: 'compared'; source?: string }
  | { status: 'not-public'; reason: SelectionRefusal; publicFilters: SurveyFilter[] }
  /** An unknown or not (yet) visible source, or a selection the report cannot give. */
  | { status: 'unavailable'; message: string };

/** How many of the three filters (province, urbanisation, intermunicipal) a selection sets. */
export function filterCount(filter: SurveyFilter): number {
  return [filter.provincie, filter.verstedelijking, filter.intergemeentelijk].filter(Boolean).length;
}

export const REFUSAL_MESSAGES: Record<SelectionRefusal, string> = {
  combined:
    'Zonder aanmelden als Kind en Gezin kunt u één filter tegelijk kiezen: met gecombineerde filters zou men door aftrekken de antwoorden van enkele huizen kunnen achterhalen.',
  differencing:
    'Deze selectie wordt zonder aanmelden als Kind en Gezin niet getoond: samen met de andere selecties zou men door aftrekken de antwoorden van minder dan 5 huizen kunnen achterhalen.',
};
