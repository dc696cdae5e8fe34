import { z } from 'zod';
import { plainText } from '../plain-text';
import { tieKindSchema } from './tie-kind-schema';

/** Free text that may be left empty (empty → null). */
const note = z
  .string()
  .trim()
  .max(300, 'De notitie is te lang (max. 300 tekens).')
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));

/** "Sinds": a year, or empty. The report's houses date from 2014 on, partners often from long before. */
const since = z
  .union([z.literal(''), z.null(), z.coerce.number()])
  .optional()
  .transform((v, ctx) => {
    if (v === '' || v === null || v === undefined) return null;
    if (!Number.isInteger(v) || v < 1900 || v > 2100) {
      ctx.addIssue({ code: 'custom', message: 'Geef een jaartal, bv. 2015.' });
      return z.NEVER;
    }
    return v;
  });

const actorId = (message: string) =>
  z
    .string({ error: () => message })
    .trim()
    .min(1, message)
    .max(160, message);

/** A new tie, as the map's panel, a drag on the map, an import row or an accepted proposal sends it. */
export const newTieSchema = plainText(
  z.object({
    from: actorId('Kies de organisatie waar de samenwerking vertrekt.'),
    to: actorId('Kies de organisatie waarmee ze samenwerkt.'),
    kind: tieKindSchema,
    note,
    since,
  }),
);

/** A change of a tie's note or year, based on the version the form showed. */
export const tieUpdateSchema = plainText(
  z.object({
    note,
    since,
    version: z.coerce
      .number({ error: () => 'Ontbrekende versie.' })
      .int()
      .min(1),
  }),
);

/** Removing a tie, based on the version the form showed. */
export const tieRemoveSchema = z.object({
  version: z.coerce
    .number({ error: () => 'Ontbrekende versie.' })
    .int()
    .min(1),
});
