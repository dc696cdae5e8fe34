import type { NetworkTie } from './tie';
import { otherEnd, tieFromSide } from './tie-sentence';

/**
 * Per organisation, its ties in words seen from its side ("verwijst door naar ‘CAW’",
 * "krijgt doorverwijzingen van ‘CLB’"), for the questionnaire and the map's panel.
 */
export function tiesByActor(ties: readonly NetworkTie[], names: ReadonlyMap<string, string>): Map<string, { tie: NetworkTie; text: string }[]> {
  const out = new Map<string, { tie: NetworkTie; text: string }[]>();
  for (const tie of ties) {
    for (const end of [tie.from, tie.to]) {
      const other = otherEnd(tie, end);
      const list = out.get(end) ?? [];
      list.push({ tie, text: tieFromSide(tie, end, `‘${names.get(other) ?? 'onbekende organisatie'}’`) });
      out.set(end, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.text.localeCompare(b.text, 'nl'));
  return out;
}
