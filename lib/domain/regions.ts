import { z } from 'zod';

/** Provinces as the report's Tabel 3 names them (report line 318-330). */
export const PROVINCES = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen', 'Brussels Hoofdstedelijk Gewest'] as const;
export type Province = (typeof PROVINCES)[number];
export const provinceSchema = z.enum(PROVINCES, { error: () => 'Kies een provincie uit de lijst.' });

/** Urbanisation degree (verstedelijkingsgraad), VRIND 2013, as in Tabel 4 (report line 356-375). */
export const URBANISATION_CODES = ['buitengebied', 'regiostedelijk', 'grootstad_rand', 'centrumstad', 'grootstad'] as const;
export type Urbanisation = (typeof URBANISATION_CODES)[number];
export const URBANISATION_LABELS: Record<Urbanisation, string> = {
  buitengebied: 'Buitengebied',
  regiostedelijk: 'Regiostedelijk',
  grootstad_rand: 'Grootstad rand',
  centrumstad: 'Centrumstad',
  grootstad: 'Grootstad',
};
export const urbanisationSchema = z.enum(URBANISATION_CODES, {
  error: () => 'Kies een verstedelijkingsgraad uit de lijst.',
});
