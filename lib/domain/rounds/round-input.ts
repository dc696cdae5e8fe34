import { z } from '../zod-dutch';
import { formatDate } from '../format-date';
import { plainText } from '../plain-text';
import { PROVINCES } from '../regions';

/**
 * The forms of a survey round, validated on the server before anything is written. Dates are
 * calendar days (yyyy-mm-dd) as an <input type="date"> sends them; "today" is a Belgian day and
 * comes in from the caller, so the rules stay pure.
 */
function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const day = (missing: string) => z.string({ error: missing }).trim().min(1, missing).refine(isCalendarDay, 'Geef een geldige datum op (dd-mm-jjjj).');

const houseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Kies huizen uit de lijst.');

export const ROUND_NAME_EXAMPLE = 'Bevraging 2027';

/** Opening a round: its name, dates, the houses it covers (all by default) and a message to them. */
export function openRoundSchema(today: string) {
  return plainText(
    z
      .object({
        name: z
          .string({ error: 'Geef de bevraging een naam.' })
          .trim()
          .min(3, `Geef de bevraging een naam van minstens 3 tekens, bv. “${ROUND_NAME_EXAMPLE}”.`)
          .max(80, 'De naam is te lang (max. 80 tekens).'),
        opensOn: day('Geef de openingsdatum op.'),
        closesOn: day('Geef de sluitingsdatum op.'),
        message: z.string().trim().max(2000, 'Het bericht is te lang (max. 2000 tekens).').optional(),
        scope: z.enum(['alle', 'selectie'], { error: 'Kies alle huizen of een selectie.' }).default('alle'),
        provinces: z
          .array(z.enum(PROVINCES, { error: 'Onbekende provincie.' }))
          .max(PROVINCES.length)
          .default([]),
        houseIds: z.array(houseIdSchema).max(5000, 'Te veel huizen.').default([]),
      })
      .refine((r) => r.closesOn >= r.opensOn, { path: ['closesOn'], message: 'De sluitingsdatum ligt vóór de openingsdatum.' })
      .refine((r) => r.closesOn >= today, { path: ['closesOn'], message: `De sluitingsdatum ligt in het verleden (vandaag is het ${formatDate(today)}).` })
      .refine((r) => r.scope === 'alle' || r.provinces.length + r.houseIds.length > 0, {
        path: ['houseIds'],
        message: 'Kies minstens één provincie of één huis, of kies alle huizen.',
      }),
  );
}

/** Reopening a closed round (beheerder): a new closing day, today or later. */
export function reopenRoundSchema(today: string) {
  return z.object({
    closesOn: day('Geef de nieuwe sluitingsdatum op.').refine((d) => d >= today, `De nieuwe sluitingsdatum moet vandaag (${formatDate(today)}) of later zijn.`),
  });
}

/** Closing a round early asks for an explicit confirmation (a checkbox), as it cannot be undone by Kind en Gezin. */
export const closeRoundSchema = z.object({
  bevestig: z.literal('ja', { error: 'Vink aan dat u de bevraging nu wilt afsluiten.' }),
});

/** A readable, unique id: the name as a slug and a few random characters ("bevraging-2027-k3f9q"). */
export function roundIdFor(name: string, random: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `${slug || 'bevraging'}-${random}`;
}
