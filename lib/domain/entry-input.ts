import { z } from 'zod';
import { levelSchema } from './level-schema';
import { plainText } from './plain-text';

/** Free text that may be left empty (empty → null). */
function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} is te lang (max. ${max} tekens).`)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
}

/** A target date as yyyy-mm-dd (the date field) or dd-mm-jjjj (typed); stored as yyyy-mm-dd. */
const dueSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '') return null;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const be = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2].padStart(2, '0'), be[1].padStart(2, '0')] : [];
    const date = y ? new Date(`${y}-${m}-${d}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}`) {
      ctx.addIssue({ code: 'custom', message: 'Geef een geldige datum, bv. 15-01-2027.' });
      return z.NEVER;
    }
    return `${y}-${m}-${d}`;
  })
  .nullable()
  .optional();

/**
 * What a write to one answer or organisation may change. Missing fields stay as they are; the
 * version is the one the form was based on (a stale one is refused).
 */
export const entryPatchSchema = plainText(
  z.object({
    level: z
      .union([levelSchema, z.literal('').transform(() => null)])
      .nullable()
      .optional(),
    note: optionalText(500, 'De notitie'),
    owner: optionalText(120, 'De trekker'),
    nextStep: optionalText(300, 'De volgende stap'),
    due: dueSchema,
    /** "Gewenst": the level the plan aims at; empty clears it. */
    desired: z
      .union([levelSchema, z.literal('').transform(() => null)])
      .nullable()
      .optional(),
    via: optionalText(80, 'Het overleg'),
    version: z.coerce
      .number({ error: () => 'Ontbrekende versie.' })
      .int()
      .min(0),
  }),
);

export const newActorSchema = plainText(
  z.object({
    typeCode: z.string().trim().min(1).max(120),
    name: z.string().trim().min(2, 'Geef een naam van minstens 2 tekens.').max(120, 'De naam is te lang (max. 120 tekens).'),
    level: levelSchema,
    desired: levelSchema.nullable().optional(),
  }),
);

/**
 * The types whose answer the user chose to lower ("verlagen": one type code, or several), read
 * from any write's input; anything else counts as no choice.
 */
export const loweringChoiceSchema = z
  .object({ verlagen: z.union([z.string().trim().max(120), z.array(z.string().trim().max(120)).max(200)]).optional() })
  .catch({})
  .transform((v) => (v.verlagen === undefined ? [] : Array.isArray(v.verlagen) ? v.verlagen : [v.verlagen]).filter(Boolean));

export const customTypeSchema = plainText(
  z.object({
    name: z.string().trim().min(2, 'Geef een naam van minstens 2 tekens.').max(120, 'De naam is te lang (max. 120 tekens).'),
    cluster: z.string().trim().min(1, 'Kies een domeincluster.').max(80),
    level: levelSchema,
    desired: levelSchema.nullable().optional(),
  }),
);

export const forumSchema = plainText(
  z.object({
    name: z.string().trim().min(2, 'Geef het overleg een naam van minstens 2 tekens.').max(120, 'De naam is te lang (max. 120 tekens).'),
  }),
);

export const membershipSchema = plainText(
  z.object({
    forumId: z.string().trim().min(1).max(120),
    actorId: z.string().trim().min(1).max(160),
    member: z.enum(['ja', 'nee']),
  }),
);

/** Dutch field errors from a zod error. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return error.flatten().fieldErrors as Record<string, string[]>;
}
