import { z } from 'zod';

/**
 * Decree Art. 8 (report l. 4994-4998): the three functions every house offers at least, and which
 * actor types count for which function, each with the report line that ties them (see
 * seed/README.md, minimum-offer.json). Validated on load, like the catalogue.
 */
const linkSchema = z.object({
  type: z.string(),
  basis: z.enum(['report', 'interpretation']),
  line: z.number().int(),
  quote: z.string(),
  note: z.string().optional(),
});

const functionSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  quote: z.string(),
  line: z.number().int(),
  section: z.string(),
  actorTypes: z.array(z.string()).min(1),
  links: z.array(linkSchema),
});

export const minimumOfferFileSchema = z.object({
  decree: z.string(),
  decreeLine: z.number().int(),
  decreeQuote: z.string(),
  functions: z.array(functionSchema).length(3),
});

export type MinimumOfferFile = z.infer<typeof minimumOfferFileSchema>;
