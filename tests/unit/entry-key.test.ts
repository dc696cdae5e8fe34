import { describe, expect, it } from 'vitest';
import { actorEntryKey, parseEntryKey, typeEntryKey } from '@/lib/domain/entry-key';

describe('entry keys', () => {
  it('reads back what it builds, for organisations and actor types', () => {
    expect(parseEntryKey(actorEntryKey('a1b2'))).toEqual({ kind: 'actor', id: 'a1b2' });
    expect(parseEntryKey(typeEntryKey('consultatiebureau'))).toEqual({ kind: 'type', code: 'consultatiebureau' });
  });

  it('keeps a colon inside the id (only the first one separates)', () => {
    expect(parseEntryKey('actor:x:y')).toEqual({ kind: 'actor', id: 'x:y' });
  });

  it('names no entry for forums, missing types, empty ids or forged keys', () => {
    for (const key of ['forum:f1', 'missing:politie', 'actor:', 'type:', 'actorx', '', ' actor:a1']) expect(parseEntryKey(key)).toBeNull();
  });
});
