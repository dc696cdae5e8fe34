import { z } from './zod-dutch';
import { houseInputSchema } from './house';
import { roleSchema } from './roles';
import { plainText } from './plain-text';

/** The beheerder's forms, validated on the server before anything is written. */
const email = z
  .string({ error: 'Vul een e-mailadres in.' })
  .trim()
  .toLowerCase()
  .min(1, 'Vul een e-mailadres in.')
  .max(254, 'Dit e-mailadres is te lang.')
  .email('Dit is geen geldig e-mailadres.');
const name = plainText(
  z.string({ error: 'Geef een naam.' }).trim().min(2, 'Geef een naam van minstens 2 tekens.').max(120, 'De naam is te lang (max. 120 tekens).'),
);
const newPasswordSchema = z
  .string({ error: 'Kies een wachtwoord.' })
  .min(12, 'Kies een wachtwoord van minstens 12 tekens.')
  .max(128, 'Het wachtwoord is te lang (max. 128 tekens).');
const houseId = z
  .string({ error: 'Kies een huis.' })
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Kies een huis uit de lijst.');
const linkToken = z.string({ error: 'De link is onvolledig.' }).min(20, 'De link is onvolledig.').max(100, 'De link is ongeldig.');
const day = z.string({ error: 'Geef een datum op.' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum op.');

export const newUserSchema = z
  .object({ name, email, role: roleSchema, password: newPasswordSchema, houseId: houseId.optional() })
  .refine((u) => u.role !== 'coordinator' || Boolean(u.houseId), { path: ['houseId'], message: 'Een coördinator hoort bij een huis: kies het huis.' });

export const userAccessSchema = z
  .object({ userId: z.string({ error: 'Kies een account.' }).min(1).max(64), role: roleSchema, houseId: houseId.optional() })
  .refine((u) => u.role !== 'coordinator' || Boolean(u.houseId), { path: ['houseId'], message: 'Een coördinator hoort bij een huis: kies het huis.' });

export const invitationSchema = z
  .object({ houseId, facilitatorId: z.string({ error: 'Kies een facilitator.' }).min(1, 'Kies een facilitator.').max(64), from: day, until: day })
  .refine((i) => i.from <= i.until, { path: ['until'], message: 'De einddatum ligt vóór de begindatum.' });

export const endInvitationSchema = z.object({ invitationId: z.string({ error: 'Kies een uitnodiging.' }).min(1).max(64) });

export const newHouseSchema = houseInputSchema;

export const firstAdminSchema = z
  .object({ token: linkToken, name, email, password: newPasswordSchema, repeat: z.string({ error: 'Herhaal het wachtwoord.' }) })
  .refine((a) => a.password === a.repeat, { path: ['repeat'], message: 'De twee wachtwoorden verschillen.' });

/** The beheerder makes a one-time password link for one account. */
export const passwordLinkSchema = z.object({ userId: z.string({ error: 'Kies een account.' }).min(1).max(64) });

/** The beheerder deactivates an account, or activates it again. */
export const userActiveSchema = z.object({
  userId: z.string({ error: 'Kies een account.' }).min(1, 'Kies een account.').max(64),
  actief: z.enum(['ja', 'nee'], { error: 'Kies activeren of deactiveren.' }),
});

/** The person sets a new password with that link. */
export const setPasswordSchema = z
  .object({ token: linkToken, password: newPasswordSchema, repeat: z.string({ error: 'Herhaal het wachtwoord.' }) })
  .refine((a) => a.password === a.repeat, { path: ['repeat'], message: 'De twee wachtwoorden verschillen.' });
