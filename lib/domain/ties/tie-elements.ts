import type { NetworkTie } from './tie';
import { TIE_KIND_DEFINITIONS, TIE_KINDS } from './tie-kinds';
import { tieSentence } from './tie-sentence';
import { TIE_STYLES } from './tie-style';
import { cytoscapeLine } from '../map/shapes';
import { actorEntryKey } from '../entry-key';

/** A Cytoscape edge as plain data (the shape of lib/domain/map/to-elements.ts's MapElement). */
export interface TieElement {
  group: 'edges';
  data: { id: string; source: string; target: string; tieId: string; kind: string; sentence: string; cpd: number };
  classes: string;
}

const TIE_EDGE_PREFIX = 'tie:';

/**
 * The house's ties as curved edges between the organisations on the map (a tie whose end is not
 * drawn, e.g. in the grey tray, is left out: the table still lists it). Several ties between one
 * pair bend apart (`cpd`, the control point distance), so none hides another. Pure; the edges
 * take no part in any layout, so drawing them never moves a node.
 */
export function tieElements(ties: readonly NetworkTie[], onMap: ReadonlySet<string>, names: ReadonlyMap<string, string>): TieElement[] {
  const perPair = new Map<string, number>();
  const out: TieElement[] = [];
  const sorted = [...ties].sort((a, b) => TIE_KINDS.indexOf(a.kind) - TIE_KINDS.indexOf(b.kind) || a.id.localeCompare(b.id));
  for (const tie of sorted) {
    // A named organisation's node id on the map is its entry key (lib/domain/map/map-entries.ts).
    const [source, target] = [actorEntryKey(tie.from), actorEntryKey(tie.to)];
    if (!onMap.has(source) || !onMap.has(target)) continue;
    const pair = [source, target].sort().join('|');
    const index = perPair.get(pair) ?? 0;
    perPair.set(pair, index + 1);
    // 40, -40, 80, -80 …: curved, and apart from the pair's other ties (flipped for the other direction).
    const bend = 40 * (Math.floor(index / 2) + 1) * (index % 2 === 0 ? 1 : -1) * (source < target ? 1 : -1);
    out.push({
      group: 'edges',
      data: {
        id: `${TIE_EDGE_PREFIX}${tie.id}`,
        source,
        target,
        tieId: tie.id,
        kind: tie.kind,
        sentence: tieSentence(tie.kind, names.get(tie.from) ?? '?', names.get(tie.to) ?? '?'),
        cpd: bend,
      },
      classes: `tie tie-${tie.kind}${TIE_KIND_DEFINITIONS[tie.kind].directed ? ' directed' : ''}`,
    });
  }
  return out;
}

/** The stylesheet rules of the ties (Cytoscape selectors on the classes above). */
export function tieStyleRules(options: { presentation?: boolean } = {}): { selector: string; style: Record<string, string | number> }[] {
  const scale = options.presentation ? 1.35 : 1;
  return [
    {
      selector: 'edge.tie',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(cpd)',
        'control-point-weights': 0.5,
        opacity: 0.9,
        'z-index': 5,
        // Ties are read, not grabbed: a tap on one selects nothing.
        events: 'no',
      },
    },
    ...TIE_KINDS.map((kind) => {
      const s = TIE_STYLES[kind];
      return {
        selector: `edge.tie-${kind}`,
        style: {
          'line-color': s.colour,
          ...cytoscapeLine(s.line),
          width: s.width * scale,
          ...(s.arrow ? { 'target-arrow-shape': 'triangle', 'target-arrow-color': s.colour, 'arrow-scale': 1.2 * scale } : {}),
        },
      };
    }),
    { selector: 'edge.tie.faded', style: { opacity: 0.12 } },
    { selector: 'edge.tie.hidden', style: { display: 'none' } },
  ];
}
