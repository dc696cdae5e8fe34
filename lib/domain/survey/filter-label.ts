import { URBANISATION_LABELS, type Urbanisation } from '../regions';
import type { SurveyFilter } from './survey-filter';

/** A selection as a visitor reads it: "Limburg", "Buitengebied", "Intergemeentelijk". */
export function filterLabel(filter: SurveyFilter): string {
  const parts = [
    filter.provincie,
    filter.verstedelijking ? URBANISATION_LABELS[filter.verstedelijking as Urbanisation] : null,
    filter.intergemeentelijk ? (filter.intergemeentelijk === 'ja' ? 'Intergemeentelijk' : 'Niet intergemeentelijk') : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'Heel Vlaanderen';
}
