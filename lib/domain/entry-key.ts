/**
 * The key of one entry of a house's map, as the map, the questionnaire, the workshop and the
 * history name it: `actor:<id>` for a named organisation, `type:<code>` for an actor type's own
 * answer. Built and read here only, so no caller cuts a string at a counted position.
 */
export type EntryKey = { kind: 'actor'; id: string } | { kind: 'type'; code: string };

export const actorEntryKey = (actorId: string) => `actor:${actorId}`;

export const typeEntryKey = (typeCode: string) => `type:${typeCode}`;

/** The entry a key names, or null for anything else (a forum, a missing type, a forged key). */
export function parseEntryKey(key: string): EntryKey | null {
  const match = /^(type|actor):(.+)$/.exec(key);
  if (!match) return null;
  return match[1] === 'actor' ? { kind: 'actor', id: match[2] } : { kind: 'type', code: match[2] };
}
