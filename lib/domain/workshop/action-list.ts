import type { HouseNetwork } from '../house-network';
import { wantsMore } from '../desired-level';
import type { LevelCode } from '../levels';
import { toMapEntries } from '../map/map-entries';
import type { ProposalView } from './events';

/**
 * The workshop's action list: every actor whose "gewenst" (from the accepted proposals, the
 * latest one per actor) is above its level now, and every actor at "nog niet", each with the
 * expansion plan (owner, next step, date) it carries on the house's map.
 */
export interface ActionItem {
  key: string;
  name: string;
  typeName: string;
  clusterName: string;
  now: LevelCode | null;
  desired: LevelCode | null;
  reason: 'gewenst' | 'nog_niet';
  owner: string | null;
  nextStep: string | null;
  due: string | null;
  version: number;
}

export function isAbove(desired: LevelCode | null, now: LevelCode | null): boolean {
  return wantsMore(desired, now);
}

/** The latest accepted "gewenst" per entry key. */
function desiredByKey(proposals: ProposalView[]): Map<string, LevelCode> {
  const accepted = proposals
    .filter((p) => p.status === 'accepted' && p.desired && p.targetKey)
    .sort((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? '') || a.seq - b.seq);
  return new Map(accepted.map((p) => [p.targetKey!, p.desired!]));
}

export function buildActionList(network: HouseNetwork, proposals: ProposalView[]): ActionItem[] {
  const desired = desiredByKey(proposals);
  const items: ActionItem[] = [];
  for (const entry of toMapEntries(network)) {
    if (entry.kind === 'missing' || entry.targetId === null) continue;
    // The entry keeps its "gewenst" as part of its plan; older workshops had it only on their proposals.
    const wish = entry.desired ?? desired.get(entry.key) ?? null;
    const above = isAbove(wish, entry.level);
    if (!above && entry.level !== 'nog_niet') continue;
    items.push({
      key: entry.key,
      name: entry.name,
      typeName: entry.typeName,
      clusterName: entry.clusterName,
      now: entry.level,
      desired: wish,
      reason: above ? 'gewenst' : 'nog_niet',
      owner: entry.owner,
      nextStep: entry.nextStep,
      due: entry.due,
      version: entry.version,
    });
  }
  // What the workshop asked for first, then the planned ones; by name within each.
  return items.sort((a, b) => Number(a.reason !== 'gewenst') - Number(b.reason !== 'gewenst') || a.name.localeCompare(b.name, 'nl'));
}

export const ACTION_CSV_HEADER = ['Actor', 'Soort actor', 'Domeincluster', 'Nu', 'Gewenst', 'Waarom op de lijst', 'Trekker', 'Volgende stap', 'Streefdatum'];

export function reasonLabel(item: ActionItem): string {
  return item.reason === 'gewenst' ? 'Gewenst hoger dan nu' : 'Nog niet (gepland)';
}
