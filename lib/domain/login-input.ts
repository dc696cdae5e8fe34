import { z } from './zod-dutch';

/** The login form, validated before Better Auth sees it. */
export const loginInputSchema = z.object({
  email: z
    .string({ error: 'Vul uw e-mailadres in.' })
    .trim()
    .toLowerCase()
    .min(1, 'Vul uw e-mailadres in.')
    .max(254, 'Dit e-mailadres is te lang.')
    .email('Dit is geen geldig e-mailadres.'),
  password: z.string({ error: 'Vul uw wachtwoord in.' }).min(1, 'Vul uw wachtwoord in.').max(128, 'Dit wachtwoord is te lang.'),
  returnTo: z.string().max(500).optional(),
});
