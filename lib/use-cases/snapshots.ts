import 'server-only';
import { z } from 'zod';
import { readHouseNetwork } from '@/graph/repositories/house-network';
import { listSnapshots, readSnapshot, takeSnapshot as takeSnapshotInGraph, type SnapshotSummary } from '@/graph/repositories/snapshots';
import { assertHouseEdit, assertHouseRead } from './access';
import type { SessionUser } from '../domain/actor';
import { NotFoundError, ValidationError } from '../domain/errors';
import { fieldErrorsOf } from '../domain/entry-input';
import type { HouseNetwork } from '../domain/house-network';
import { diffDecorations, diffNetworks, mergeForComparison, type NetworkDiff } from '../domain/snapshot-diff';
import { plainText } from '../domain/plain-text';

export type { SnapshotSummary };

const snapshotLabelSchema = plainText(
  z.object({
    label: z
      .string()
      .trim()
      .min(3, 'Geef de momentopname een naam van minstens 3 tekens, bv. “Stand januari 2027”.')
      .max(80, 'De naam is te lang (max. 80 tekens).'),
  }),
);

/** Takes a named snapshot of the house's map as it is now. */
export async function takeSnapshot(user: SessionUser, houseId: string, input: unknown): Promise<string> {
  assertHouseEdit(user, houseId);
  const parsed = snapshotLabelSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const network = await readHouseNetwork(houseId);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  return takeSnapshotInGraph({ houseId, by: user.id, byName: user.name }, parsed.data.label, network);
}

export interface Comparison {
  before: { id: string; label: string };
  after: { id: string; label: string };
  diff: NetworkDiff;
  /** The later state plus what was removed, for the map. */
  network: HouseNetwork;
  decorations: Record<string, string>;
}

/** The snapshots page: the list, the current network, and a comparison of two states ('nu' = now). */
export async function getSnapshots(
  user: SessionUser,
  houseId: string,
  from?: string | null,
  to?: string | null,
): Promise<{ snapshots: SnapshotSummary[]; network: HouseNetwork; comparison: Comparison | null }> {
  await assertHouseRead(user, houseId);
  const [snapshots, network] = await Promise.all([listSnapshots(houseId), readHouseNetwork(houseId)]);
  if (!network) throw new NotFoundError(`house ${houseId}`);
  if (!from) return { snapshots, network, comparison: null };
  const load = async (id: string) => {
    if (id === 'nu') return { id: 'nu', label: 'Nu', network };
    const snapshot = await readSnapshot(houseId, id);
    if (!snapshot) throw new NotFoundError(`snapshot ${id}`);
    return snapshot;
  };
  const [before, after] = await Promise.all([load(from), load(to || 'nu')]);
  const diff = diffNetworks(before.network, after.network);
  return {
    snapshots,
    network,
    comparison: {
      before: { id: before.id, label: before.label },
      after: { id: after.id, label: after.label },
      diff,
      network: mergeForComparison(before.network, after.network, diff),
      decorations: diffDecorations(diff),
    },
  };
}
