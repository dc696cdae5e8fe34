import { z } from 'zod';
import { TIE_KINDS } from './tie-kinds';

/** A tie's kind as input, checked with a Dutch message. Apart from tie-kinds.ts, which the browser reads, so its pages do not load zod. */
export const tieKindSchema = z.enum(TIE_KINDS, {
  error: () => 'Kies een soort samenwerking: doorverwijzing, afstemming, co-creatie of informatie-uitwisseling.',
});
