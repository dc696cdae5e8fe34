import type { NetworkTie } from './tie';
import { TIE_KIND_DEFINITIONS, type TieKind } from './tie-kinds';

/** "‘CLB Kempen’ verwijst door naar ‘CAW De Kempen’": a tie in words, for lists, the history and screen readers. */
export function tieSentence(kind: TieKind, fromName: string, toName: string): string {
  return `${fromName} ${TIE_KIND_DEFINITIONS[kind].verb} ${toName}`;
}

/** A tie seen from one of its ends: "verwijst door naar ‘CAW’", "krijgt doorverwijzingen van ‘CLB’", "stemt af met ‘OCMW’". */
export function tieFromSide(tie: Pick<NetworkTie, 'kind' | 'from' | 'to'>, actorId: string, otherName: string): string {
  const definition = TIE_KIND_DEFINITIONS[tie.kind];
  if (definition.directed && tie.to === actorId) return `krijgt doorverwijzingen van ${otherName}`;
  return `${definition.verb} ${otherName}`;
}

/** The other end of a tie, seen from `actorId`. */
export function otherEnd(tie: Pick<NetworkTie, 'from' | 'to'>, actorId: string): string {
  return tie.from === actorId ? tie.to : tie.from;
}
