import 'server-only';
import { readCurrentArrangementRows } from '@/graph/arrangement-cache';
import { writeArrangement, type ArrangementRow } from '@/graph/repositories/arrangements';
import { assertHouseEdit, assertHouseRead } from './access';
import type { SessionUser } from '../domain/actor';
import { emptyArrangements, movedNodes, type ArrangementView, type HouseArrangements } from '../domain/arrangement';
import { arrangementResetSchema, arrangementSaveSchema, layoutNameSchema, parsePositionsText } from '../domain/arrangement-input';
import { fieldErrorsOf } from '../domain/entry-input';
import { StaleWriteError, ValidationError } from '../domain/errors';
import { LAYOUTS, type LayoutName } from '../domain/map/layouts';

/**
 * A house's own arrangements of its map (issue 13): read by whoever may read the house, saved and
 * reset only by whoever may edit it (its coordinator, its invited facilitator); Kind en Gezin and
 * the beheerder read them. Every save is version-checked and audited in its own transaction.
 */
function toArrangementView(row: ArrangementRow): ArrangementView | null {
  const layout = layoutNameSchema.safeParse(row.layout);
  if (!layout.success) return null;
  const parsed = row.positions === null ? null : parsePositionsText(row.positions);
  return {
    layout: layout.data,
    // A stored arrangement that no longer reads is drawn as the layout's own (never as a broken map).
    positions: parsed?.ok ? parsed.positions : null,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** Rows as one view per layout; layouts without a row have none saved. */
export function toHouseArrangements(rows: readonly ArrangementRow[]): HouseArrangements {
  const out = emptyArrangements();
  for (const row of rows) {
    const view = toArrangementView(row);
    if (view) out[view.layout] = view;
  }
  return out;
}

/**
 * Every arrangement of a house, for whoever may read it. `asOf` is the request's commit stamp
 * (lib/edge/session.ts requestCommitStamp): while nothing was committed since, the rows come from
 * the last read of them (graph/arrangement-cache.ts); null reads them fresh.
 */
export async function readArrangements(user: SessionUser, houseId: string, asOf: string | null = null): Promise<HouseArrangements> {
  await assertHouseRead(user, houseId);
  return toHouseArrangements(await readCurrentArrangementRows(houseId, asOf));
}

function parseLayout(layout: unknown): LayoutName {
  const result = layoutNameSchema.safeParse(layout);
  if (!result.success) throw new ValidationError({ layout: [result.error.issues[0].message] }, 'Onbekende schikking van de kaart.');
  return result.data;
}

function staleView(error: unknown, layout: LayoutName): never {
  if (error instanceof StaleWriteError)
    throw new StaleWriteError(error.message, toArrangementView(error.current as ArrangementRow) ?? emptyArrangements()[layout]);
  throw error;
}

/** Saves the positions of one layout. Refused (StaleWriteError with the stored view) when someone saved or reset since `version`. */
export async function saveArrangement(user: SessionUser, houseId: string, layout: unknown, input: unknown): Promise<ArrangementView> {
  assertHouseEdit(user, houseId);
  const name = parseLayout(layout);
  const parsed = arrangementSaveSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    throw new ValidationError(errors, `De schikking werd niet opgeslagen: ${Object.values(errors)[0]?.[0] ?? 'ongeldige invoer'}`);
  }
  const { positions, version } = parsed.data;
  const count = Object.keys(positions).length;
  const { row } = await writeArrangement({
    houseId,
    layout: name,
    positions: JSON.stringify(positions),
    expectedVersion: version,
    byName: user.name,
    change: (previous) => {
      const before = previous?.positions ? parsePositionsText(previous.positions) : null;
      const moved = before?.ok ? movedNodes(before.positions, positions) : null;
      return {
        by: user.id,
        action: 'arrangement.save',
        target: `house:${houseId}/arrangement:${name}`,
        houseId,
        to: {
          layout: name,
          nodes: count,
          version: (previous?.version ?? 0) + 1,
          summary: `Eigen schikking ${LAYOUTS[name].label.toLowerCase()}: ${count} ${count === 1 ? 'knoop' : 'knopen'}${moved === null ? '' : `, ${moved} verschoven`}`,
        },
      };
    },
  }).catch((error) => staleView(error, name));
  return toArrangementView(row)!;
}

/** Back to the layout's own positions ("Standaardschikking herstellen"), version-checked like a save. */
export async function resetArrangement(user: SessionUser, houseId: string, layout: unknown, input: unknown): Promise<ArrangementView> {
  assertHouseEdit(user, houseId);
  const name = parseLayout(layout);
  const parsed = arrangementResetSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error), 'De standaardschikking werd niet hersteld: ontbrekende versie.');
  const { row } = await writeArrangement({
    houseId,
    layout: name,
    positions: null,
    expectedVersion: parsed.data.version,
    byName: user.name,
    change: (previous) => ({
      by: user.id,
      action: 'arrangement.reset',
      target: `house:${houseId}/arrangement:${name}`,
      houseId,
      to: { layout: name, version: (previous?.version ?? 0) + 1, summary: `Standaardschikking ${LAYOUTS[name].label.toLowerCase()} hersteld` },
    }),
  }).catch((error) => staleView(error, name));
  return toArrangementView(row)!;
}
