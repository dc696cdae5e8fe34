import 'server-only';
import { readHouseHistory } from '@/graph/repositories/history';
import { assertHouseRead } from './access';
import type { SessionUser } from '../domain/actor';

export interface HistoryItem {
  id: string;
  at: string;
  who: string;
  action: string;
  /** The entry key the change is about (`actor:<id>`, `type:<code>`, `forum:<id>`), or null. */
  key: string | null;
  name: string | null;
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
}

/** A house's history, newest first; `key` narrows it to one actor or answer (map key). */
export async function getHouseHistory(user: SessionUser, houseId: string, key?: string | null): Promise<HistoryItem[]> {
  await assertHouseRead(user, houseId);
  const target = key ? `house:${houseId}/${key}` : undefined;
  const changes = await readHouseHistory(houseId, { target });
  return changes.map((c) => {
    const from = (c.from && typeof c.from === 'object' ? c.from : null) as Record<string, unknown> | null;
    const to = (c.to && typeof c.to === 'object' ? c.to : null) as Record<string, unknown> | null;
    const prefix = `house:${houseId}/`;
    return {
      id: c.id,
      at: c.at,
      who: c.byName ?? (c.by === 'demo-seed' || c.by === 'system' ? 'systeem' : c.by),
      action: c.action,
      key: c.target.startsWith(prefix) ? c.target.slice(prefix.length) : null,
      name: (from?.name as string | undefined) ?? (to?.name as string | undefined) ?? null,
      from,
      to,
    };
  });
}
