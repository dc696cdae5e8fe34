import 'server-only';
import { readActorTypes } from '@/graph/repositories/catalogue';
import { readAnswerMatrix } from '@/graph/repositories/matrix-import';
import { assertAgencyRead } from '../access';
import type { SessionUser } from '../../domain/actor';
import { brusselsDate } from '../../domain/brussels-date';
import { toCsv } from '../../domain/csv';
import { toXlsx } from '../../formats/xlsx';
import { matrixSheet } from '../../domain/import/matrix-columns';

/**
 * The many-houses file: a row per house, a column per catalogue type, the answers as the
 * questionnaire's labels. The same shape imports back (lib/use-cases/imports/houses-file.ts). For Kind en
 * Gezin and the beheerder (assertAgencyRead): they read every house anyway. `houseIds` limits it
 * to those houses (null: every house).
 */
export async function exportHousesMatrix(
  user: SessionUser,
  format: 'csv' | 'xlsx',
  houseIds: string[] | null = null,
): Promise<{ body: string | Buffer; name: string }> {
  assertAgencyRead(user);
  return housesMatrixFile(format, houseIds);
}

async function housesMatrixFile(format: 'csv' | 'xlsx', houseIds: string[] | null): Promise<{ body: string | Buffer; name: string }> {
  const [houses, types] = await Promise.all([readAnswerMatrix(houseIds), readActorTypes()]);
  const sheet = matrixSheet(houses, types);
  const name = `netwerkkaart-antwoorden-${brusselsDate()}.${format}`;
  if (format === 'csv') return { body: toCsv(sheet.header, sheet.rows), name };
  const body = await toXlsx(
    [{ name: 'Antwoorden', ...sheet, widths: sheet.header.map((_, i) => (i === 1 ? 40 : i < 5 ? 16 : 14)) }],
    [
      {
        name: 'Toelichting',
        lines: [
          ['Inhoud', 'Het antwoord van elk huis op vraag 4 (betrokkenheid per actortype), een rij per huis.'],
          ['Stand op', { date: new Date().toISOString() }],
          ['Huizen', String(houses.length)],
          ['Betrokkenheid', 'Kernpartner, Gemiddeld, Minimaal, Indirect, Nog niet, Niet, Niet aanwezig in werkgebied; leeg = geen antwoord.'],
          ['Terug inlezen', 'De beheerder leest dit bestand (aangevuld) terug in via Beheer › Importeren. Lege cellen veranderen niets.'],
        ],
      },
    ],
    { title: 'Antwoorden per huis' },
  );
  return { body, name };
}
