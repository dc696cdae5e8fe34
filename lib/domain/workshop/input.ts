import { z } from 'zod';
import { levelSchema } from '../level-schema';
import { CODE_PATTERN } from './code';
import { plainText } from '../plain-text';
import { tieKindSchema } from '../ties/tie-kind-schema';

/** What the join form, the phones and the facilitator send; every message in Dutch. */
export const joinSchema = plainText(
  z.object({
    code: z
      .string({ error: 'Vul de code in die op het scherm staat.' })
      .transform((v) => v.toUpperCase().replace(/[\s\-.]/g, ''))
      .refine((v) => v.length > 0, 'Vul de code in die op het scherm staat.')
      .refine((v) => CODE_PATTERN.test(v), 'Een code heeft 6 tekens: letters en cijfers, zonder 0, O, 1 of I.'),
    name: z
      .string({ error: 'Vul uw naam in.' })
      .trim()
      .min(2, 'Vul uw naam in (minstens 2 tekens), zodat de anderen zien van wie een voorstel komt.')
      .max(40, 'Uw naam is te lang (max. 40 tekens).'),
  }),
);

const optionalLevel = z
  .union([levelSchema, z.literal('').transform(() => null), z.null()])
  .optional()
  .transform((v) => v ?? null);
const optionalNote = z
  .string()
  .trim()
  .max(300, 'De notitie is te lang (max. 300 tekens).')
  .optional()
  .transform((v) => (v ? v : null));

/**
 * A proposal: about an existing entry (`actorKey` with the version the participant saw), or a
 * missing actor (`newActorName`, optionally its type). At least one of nu, gewenst or a note.
 */
export const proposalSchema = plainText(
  z
    .object({
      actorKey: z
        .string()
        .trim()
        .max(200)
        .optional()
        .transform((v) => (v ? v : null)),
      version: z.coerce.number().int().min(0).optional(),
      now: optionalLevel,
      desired: optionalLevel,
      note: optionalNote,
      newActorName: z
        .string()
        .trim()
        .max(120, 'De naam is te lang (max. 120 tekens).')
        .optional()
        .transform((v) => (v ? v : null)),
      newActorType: z
        .string()
        .trim()
        .max(120)
        .optional()
        .transform((v) => (v ? v : null)),
      /** A tie: two organisations (`actor:<id>`) and its kind. */
      tieFrom: z
        .string()
        .trim()
        .max(200)
        .optional()
        .transform((v) => (v ? v : null)),
      tieTo: z
        .string()
        .trim()
        .max(200)
        .optional()
        .transform((v) => (v ? v : null)),
      tieKind: tieKindSchema.optional(),
    })
    .superRefine((p, ctx) => {
      if (p.tieKind || p.tieFrom || p.tieTo) {
        if (!p.tieFrom) ctx.addIssue({ code: 'custom', path: ['tieFrom'], message: 'Kies de organisatie waar de samenwerking vertrekt.' });
        if (!p.tieTo) ctx.addIssue({ code: 'custom', path: ['tieTo'], message: 'Kies de organisatie waarmee ze samenwerkt.' });
        if (!p.tieKind) ctx.addIssue({ code: 'custom', path: ['tieKind'], message: 'Kies een soort samenwerking.' });
        if (p.tieFrom && p.tieFrom === p.tieTo) ctx.addIssue({ code: 'custom', path: ['tieTo'], message: 'Kies twee verschillende organisaties.' });
        return;
      }
      if (!p.actorKey && !p.newActorName)
        ctx.addIssue({ code: 'custom', path: ['actorKey'], message: 'Kies een actor, of geef de naam van een actor die ontbreekt.' });
      if (p.newActorName && p.newActorName.length < 2)
        ctx.addIssue({ code: 'custom', path: ['newActorName'], message: 'Geef een naam van minstens 2 tekens.' });
      if (p.newActorName && !p.now) ctx.addIssue({ code: 'custom', path: ['now'], message: 'Zeg hoe betrokken deze actor nu is.' });
      if (p.actorKey && p.version === undefined) ctx.addIssue({ code: 'custom', path: ['actorKey'], message: 'Kies de actor opnieuw.' });
      if (p.actorKey && !p.now && !p.desired && !p.note)
        ctx.addIssue({ code: 'custom', path: ['now'], message: 'Kies ‘nu’, ‘gewenst’ of schrijf een notitie.' });
    }),
);

/** Type codes whose answer the facilitator chose to lower by accepting (after a refusal that said so). */
const lowering = z.array(z.string().trim().max(120)).max(10).optional();

/** The facilitator's decision: accept as proposed, apply to the current state after a conflict, or set aside. */
export const decisionSchema = z.discriminatedUnion(
  'besluit',
  [
    z.object({ besluit: z.literal('aanvaarden'), verlagen: lowering }),
    z.object({ besluit: z.literal('opzij') }),
    z.object({ besluit: z.literal('toepassen'), version: z.coerce.number().int().min(0), verlagen: lowering }),
  ],
  { error: () => 'Kies aanvaarden, toepassen of opzij leggen.' },
);
