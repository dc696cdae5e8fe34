import { LEVEL_CODES, type LevelCode } from '../levels';

/**
 * One change of the audit trail that changed what a house's map shows (an answer, a named
 * organisation, its overleg), read back as what it was before and after. The trail keeps only
 * the fields a write changed (graph/repositories/involvement.ts: `from`/`to` of entryDiff), so a
 * field absent from `before` did not change.
 */
export interface MapChange {
  at: string;
  action: MapChangeAction;
  /** 'type' (an answer to a type) or 'actor' (a named organisation). */
  kind: 'type' | 'actor';
  /** The type code or the actor id. */
  id: string;
  name: string | null;
  typeCode: string | null;
  before: { level?: LevelCode | null; via?: string | null };
}

export const MAP_CHANGE_ACTIONS = [
  'answer.update',
  'answer.derive',
  'answer.create',
  'involvement.update',
  'involvement.create',
  'involvement.delete',
] as const;
export type MapChangeAction = (typeof MAP_CHANGE_ACTIONS)[number];

/** An audit record as stored: from/to as JSON text. */
export interface StoredChange {
  at: string;
  action: string;
  target: string;
  from: string | null;
  to: string | null;
}

function parse(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function level(value: unknown): LevelCode | null {
  return typeof value === 'string' && (LEVEL_CODES as readonly string[]).includes(value) ? (value as LevelCode) : null;
}

/** The audit record as a map change; null for one that does not change the map or does not read. */
export function toMapChange(stored: StoredChange): MapChange | null {
  if (!(MAP_CHANGE_ACTIONS as readonly string[]).includes(stored.action)) return null;
  const target = /\/(type|actor):(.+)$/.exec(stored.target);
  if (!target) return null;
  const from = parse(stored.from);
  const to = parse(stored.to);
  const before: MapChange['before'] = {};
  if ('level' in from) before.level = level(from.level);
  if ('via' in from) before.via = typeof from.via === 'string' ? from.via : null;
  return {
    at: stored.at,
    action: stored.action as MapChangeAction,
    kind: target[1] as 'type' | 'actor',
    id: target[2],
    name: typeof from.name === 'string' ? from.name : typeof to.name === 'string' ? to.name : null,
    typeCode: typeof from.typeCode === 'string' ? from.typeCode : typeof to.typeCode === 'string' ? to.typeCode : null,
    before,
  };
}
