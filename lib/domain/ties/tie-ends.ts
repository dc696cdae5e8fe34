import { TIE_KIND_DEFINITIONS, type TieKind } from './tie-kinds';

/**
 * The stored order of a tie's ends: as given for a directed kind (who refers to whom), sorted for
 * the others, so "A stemt af met B" and "B stemt af met A" are one tie.
 */
export function tieEnds(kind: TieKind, from: string, to: string): { from: string; to: string } {
  if (TIE_KIND_DEFINITIONS[kind].directed || from <= to) return { from, to };
  return { from: to, to: from };
}

/** One key per tie a house may hold: a pair has at most one tie of each kind (and direction, for a doorverwijzing). */
export function tieKey(kind: TieKind, from: string, to: string): string {
  const ends = tieEnds(kind, from, to);
  return `${kind}:${ends.from}>${ends.to}`;
}
