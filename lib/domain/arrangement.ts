import { z } from 'zod';
import { LAYOUT_NAMES, type LayoutName, type Positions } from '../map/layouts';

/**
 * A house's own arrangement of its map ("eigen schikking"): positions a coordinator or facilitator
 * dragged the nodes to, saved per house and per layout. Nodes it does not name (added after it was
 * saved) keep the layout's own position; nodes it names that are gone are ignored.
 */
export interface ArrangementView {
  layout: LayoutName;
  /** Saved positions by node id, or null: the layout's own positions (never saved, or reset). */
  positions: Positions | null;
  /** 0 = never saved; every save and every reset adds one, so a stale save is always noticed. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type HouseArrangements = Record<LayoutName, ArrangementView>;

/** Most nodes one arrangement may hold: well above the largest house (150 actors + forums). */
const MAX_ARRANGED_NODES = 1500;
/** Coordinates beyond this are no map a screen or page can show. */
const COORDINATE_LIMIT = 100_000;
/** The node ids of the map (lib/map/to-elements.ts): the house, forums and entries. Not cluster boxes: they follow their nodes. */
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

export function roundPositions(positions: Positions): Positions {
  const round = (v: number) => Math.round(v * 10) / 10;
  return Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
}

/**
 * The positions a map is drawn with: the layout's own for every node it places, replaced by the
 * saved one where the arrangement names that node. Only nodes of the layout are returned.
 */
export function arrangedPositions(layoutPositions: Positions, saved: Positions | null | undefined): Positions {
  if (!saved) return layoutPositions;
  const out: Positions = { ...layoutPositions };
  for (const id of Object.keys(layoutPositions)) {
    const p = saved[id];
    if (p) out[id] = p;
  }
  return out;
}

/** How many nodes stand elsewhere in `after` than in `before` (for the audit trail). */
export function movedNodes(before: Positions | null, after: Positions | null): number {
  const ids = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  let moved = 0;
  for (const id of ids) {
    const a = before?.[id];
    const b = after?.[id];
    if (!a || !b || Math.abs(a.x - b.x) >= 0.5 || Math.abs(a.y - b.y) >= 0.5) moved++;
  }
  return moved;
}

/** Every layout without an arrangement: what a house has before anyone saved one. */
export function emptyArrangements(): HouseArrangements {
  return Object.fromEntries(
    LAYOUT_NAMES.map((layout) => [layout, { layout, positions: null, version: 0, updatedAt: null, updatedBy: null }]),
  ) as HouseArrangements;
}
