import type { NetworkTie } from './tie';
import { tieKey } from './tie-ends';
import { tieSentence } from './tie-sentence';

/** A tie that came or went between two states of a map, in words. */
export interface TieDiffItem {
  key: string;
  text: string;
}

export interface TieDiff {
  added: TieDiffItem[];
  removed: TieDiffItem[];
}

type Side = { actors: readonly { id: string; name: string }[]; ties?: readonly NetworkTie[] };

/**
 * Ties drawn and removed between two states of a house (snapshots, a workshop's before and
 * after). A tie is the same when its kind and ends are (a tie removed and drawn again is not new).
 * Snapshots taken before ties existed carry none: they compare as a map without ties.
 */
export function diffTies(before: Side, after: Side): TieDiff {
  const words = (side: Side, tie: NetworkTie) => {
    const name = (id: string) => `‘${side.actors.find((a) => a.id === id)?.name ?? 'onbekende organisatie'}’`;
    return tieSentence(tie.kind, name(tie.from), name(tie.to));
  };
  const keyed = (side: Side) => new Map((side.ties ?? []).map((t) => [tieKey(t.kind, t.from, t.to), t]));
  const [a, b] = [keyed(before), keyed(after)];
  return {
    added: [...b].filter(([k]) => !a.has(k)).map(([k, t]) => ({ key: k, text: words(after, t) })),
    removed: [...a].filter(([k]) => !b.has(k)).map(([k, t]) => ({ key: k, text: words(before, t) })),
  };
}
