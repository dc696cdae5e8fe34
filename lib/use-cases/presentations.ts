import 'server-only';
import { listSnapshots, readSnapshot, type SnapshotSummary } from '@/graph/repositories/snapshots';
import { readPresentationRow, writePresentation, type PresentationRow } from '@/graph/repositories/presentations';
import { assertHouseEdit, assertHouseRead } from './access';
import { canEditHouse } from '../domain/access-rules';
import type { SessionUser } from '../domain/actor';
import { fieldErrorsOf } from '../domain/entry-input';
import { StaleWriteError, ValidationError } from '../domain/errors';
import type { HouseNetwork } from '../domain/house-network';
import { presentationDeck, type DeckComparison, type DeckStep } from '../domain/presentation/presentation-deck';
import { presentationInputSchema, settingsFromStored, STEP_NAMES, type PresentationSettings } from '../domain/presentation/presentation-steps';
import { readArrangements } from './arrangements';
import { getHouseMap } from './house-map';

/**
 * A house's presentation (issue 18): read by whoever may read the house, saved only by whoever
 * may edit it (its coordinator, its invited facilitator). Every save is version-checked and
 * audited in its own transaction.
 */
function toSettings(row: PresentationRow): PresentationSettings {
  return settingsFromStored(row.steps, row.snapshotId, row.version, row.updatedAt, row.updatedBy);
}

export async function readPresentation(user: SessionUser, houseId: string): Promise<PresentationSettings> {
  await assertHouseRead(user, houseId);
  return toSettings(await readPresentationRow(houseId));
}

/** Saves captions, order, hidden steps and the compared snapshot. Stale: StaleWriteError with the stored settings. */
export async function savePresentation(user: SessionUser, houseId: string, input: unknown): Promise<PresentationSettings> {
  assertHouseEdit(user, houseId);
  const parsed = presentationInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    throw new ValidationError(
      errors,
      `De presentatie werd niet opgeslagen: ${Object.values(errors)[0]?.[0] ?? parsed.error.issues[0]?.message ?? 'ongeldige invoer'}`,
    );
  }
  const { steps, snapshotId, version } = parsed.data;
  if (snapshotId !== null && !(await listSnapshots(houseId)).some((s) => s.id === snapshotId))
    throw new ValidationError({ snapshot: ['Onbekende momentopname.'] }, 'De presentatie werd niet opgeslagen: die momentopname bestaat niet (meer).');
  const shown = steps.filter((s) => !s.hidden);
  const row = await writePresentation({
    houseId,
    steps: JSON.stringify(steps),
    snapshotId,
    expectedVersion: version,
    byName: user.name,
    change: (previous) => ({
      by: user.id,
      action: 'presentation.save',
      target: `house:${houseId}/presentation`,
      houseId,
      from: previous.version === 0 ? undefined : { version: previous.version },
      to: {
        version: previous.version + 1,
        summary: `${shown.length} van ${steps.length} stappen getoond: ${shown.map((s) => STEP_NAMES[s.id]).join(', ')}`,
      },
    }),
  }).catch((error) => {
    if (error instanceof StaleWriteError) throw new StaleWriteError(error.message, toSettings(error.current as PresentationRow));
    throw error;
  });
  return toSettings(row);
}

export interface PresentationPage {
  network: HouseNetwork;
  settings: PresentationSettings;
  snapshots: SnapshotSummary[];
  /** The snapshot the last step compares with, if any. */
  compared: SnapshotSummary | null;
  steps: DeckStep[];
  canEdit: boolean;
}

/** The snapshot the last step compares with: the chosen one (query, then saved), else the newest. */
async function comparisonFor(
  houseId: string,
  snapshots: SnapshotSummary[],
  chosen: string | null,
): Promise<{ summary: SnapshotSummary; comparison: DeckComparison } | null> {
  const pick = snapshots.find((s) => s.id === chosen) ?? snapshots[0];
  if (!pick) return null;
  const snapshot = await readSnapshot(houseId, pick.id);
  if (!snapshot) return null;
  return { summary: pick, comparison: { label: snapshot.label, takenAt: snapshot.takenAt, network: snapshot.network } };
}

/** Builds the deck from a network the caller may show (the house map, or the deellink's reduced copy). */
async function deckFor(
  houseId: string,
  network: HouseNetwork,
  settings: PresentationSettings,
  chosen: string | null,
  saved: Parameters<typeof presentationDeck>[3],
  drawing: 'screen' | 'print' = 'screen',
) {
  const snapshots = await listSnapshots(houseId);
  const compare = await comparisonFor(houseId, snapshots, chosen ?? settings.snapshotId);
  return {
    snapshots,
    compared: compare?.summary ?? null,
    steps: presentationDeck(network, settings, compare?.comparison ?? null, saved, new Date(), drawing),
    comparison: compare?.comparison ?? null,
  };
}

/** The presentation page: the house's steps drawn from its map now, for whoever may read the house. */
export async function getPresentationPage(
  user: SessionUser,
  houseId: string,
  asOf: string | null,
  snapshotChoice: string | null = null,
  drawing: 'screen' | 'print' = 'screen',
): Promise<PresentationPage> {
  const network = await getHouseMap(user, houseId, asOf);
  const [settings, arrangements] = await Promise.all([readPresentation(user, houseId), readArrangements(user, houseId)]);
  const deck = await deckFor(houseId, network, settings, snapshotChoice, arrangements.ringen.positions, drawing);
  return { network, settings, snapshots: deck.snapshots, compared: deck.compared, steps: deck.steps, canEdit: canEditHouse(user, houseId) };
}
