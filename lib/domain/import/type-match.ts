import { compact, normalise } from './normalise';
import { suggest, type Candidate } from './suggest';
import { TYPE_ALIASES } from './type-aliases';

/** A type as the matcher knows it: the catalogue's, or a house's own ("Andere"). */
export interface MatchableType {
  code: string;
  name: string;
  tableName?: string | null;
}

export type TypeMatch<T extends MatchableType> =
  { kind: 'type'; type: T; exact: boolean } | { kind: 'unknown'; suggestions: string[] } | { kind: 'ambiguous'; types: T[] };

/** Every spelling a type is known by: its names, its code, the name without brackets, the bracket alone, aliases. */
export function spellingsOf(type: MatchableType): string[] {
  const names = [type.name, type.tableName ?? '', type.code.replace(/-/g, ' '), ...(TYPE_ALIASES[type.code] ?? [])];
  for (const name of [type.name, type.tableName ?? '']) {
    const bracket = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(name);
    if (bracket) {
      names.push(`${bracket[1]} ${bracket[3]}`);
      if (/^[A-Z]{2,6}$/.test(bracket[2].trim())) names.push(bracket[2]);
    }
  }
  return names.filter((n) => n.trim() !== '');
}

/**
 * Matches type names tolerantly (case, accents, punctuation, the report's names and
 * abbreviations). A spelling that two types share is ambiguous and never guessed.
 */
export class TypeMatcher<T extends MatchableType> {
  private readonly byKey = new Map<string, T[]>();
  private readonly candidates: Candidate<T>[];

  constructor(readonly types: readonly T[]) {
    for (const type of types) {
      for (const spelling of spellingsOf(type)) {
        for (const key of new Set([normalise(spelling), compact(spelling)])) {
          const list = this.byKey.get(key) ?? [];
          if (!list.includes(type)) list.push(type);
          this.byKey.set(key, list);
        }
      }
    }
    this.candidates = types.map((t) => ({ names: spellingsOf(t), label: t.name, value: t }));
  }

  /** The one type this spelling names, or null (no suggestions computed: cheap). */
  find(raw: string): T | null {
    const found = this.byKey.get(normalise(raw)) ?? this.byKey.get(compact(raw)) ?? [];
    return found.length === 1 ? found[0] : null;
  }

  match(raw: string): TypeMatch<T> {
    const found = this.byKey.get(normalise(raw)) ?? this.byKey.get(compact(raw)) ?? [];
    if (found.length === 1) return { kind: 'type', type: found[0], exact: normalise(raw) === normalise(found[0].name) };
    if (found.length > 1) return { kind: 'ambiguous', types: found };
    return { kind: 'unknown', suggestions: this.suggest(raw) };
  }

  suggest(raw: string, limit = 3): string[] {
    return suggest(raw, this.candidates, limit).map((c) => c.label);
  }
}
