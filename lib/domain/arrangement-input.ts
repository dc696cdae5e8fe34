import { z } from 'zod';
import { LAYOUT_NAMES, type Positions } from './map/layouts';
import { roundPositions } from './arrangement';

// A house's arrangement as input (a save, a reset, a stored row, a backup), checked. Apart from
// arrangement.ts, which the map in the browser reads, so the map page does not load zod.

/** Most nodes one arrangement may hold: well above the largest house (150 actors + forums). */
const MAX_ARRANGED_NODES = 1500;
/** Coordinates beyond this are no map a screen or page can show. */
const COORDINATE_LIMIT = 100_000;
/** The node ids of the map (lib/domain/map/to-elements.ts): the house, forums and entries. Not cluster boxes: they follow their nodes. */
const NODE_ID = /^(?:house|(?:forum|type|actor|missing):[^\s]{1,200})$/;

const coordinate = z.number().finite().min(-COORDINATE_LIMIT).max(COORDINATE_LIMIT);

const positionsSchema = z
  .record(z.string().regex(NODE_ID), z.object({ x: coordinate, y: coordinate }).strict())
  .refine((p) => Object.keys(p).length > 0, 'Er zijn geen posities om op te slaan.')
  .refine((p) => Object.keys(p).length <= MAX_ARRANGED_NODES, `Een schikking telt hoogstens ${MAX_ARRANGED_NODES} knopen.`);

export const layoutNameSchema = z.enum(LAYOUT_NAMES, { error: () => 'Onbekende schikking van de kaart.' });

/** What a save sends: the positions as JSON text (a form field) and the version it was based on. */
export const arrangementSaveSchema = z.object({
  positions: z
    .string({ error: () => 'Er zijn geen posities om op te slaan.' })
    .max(400_000, 'De schikking is te groot.')
    .transform((text, ctx) => {
      const parsed = parsePositionsText(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.message });
        return z.NEVER;
      }
      return parsed.positions;
    }),
  version: z.coerce
    .number({ error: () => 'Ontbrekende versie.' })
    .int()
    .min(0),
});

/** What a reset sends: the version it was based on. */
export const arrangementResetSchema = arrangementSaveSchema.pick({ version: true });

/** Positions stored or sent as JSON text, checked; rounded to a tenth of a pixel. */
export function parsePositionsText(text: string): { ok: true; positions: Positions } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'De posities zijn geen geldige JSON.' };
  }
  const result = positionsSchema.safeParse(json);
  if (!result.success) return { ok: false, message: result.error.issues[0]?.message ?? 'Ongeldige posities.' };
  return { ok: true, positions: roundPositions(result.data) };
}
