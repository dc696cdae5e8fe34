import { LEVEL_STYLES, MAP_COLOURS } from '../level-style';
import { LEVEL_CODES, type LevelCode } from '../levels';
import { CLUSTER_PADDING, CLUSTER_TITLE_GAP } from './layouts/cluster-frames';
import { LABEL_BACKGROUND_PADDING } from './labels/label-spot';
import { DESIRED_MARKER, LINK_WIDTH, NODE_SIZE } from './legend';
import { BORDER, LINE_HEIGHT, LIST_NODE_SCALE, MAP_FONTS, listSize } from './node-specs';
import { cytoscapeLine, shapePath } from './shapes';
import { tieStyleRules } from '../ties/tie-elements';

/** A Cytoscape style rule as plain data (selector + properties). */
export interface StyleRule {
  selector: string;
  style: Record<string, string | number>;
}

const FONT = 'Inter, "Segoe UI", "DejaVu Sans", system-ui, sans-serif';

/** The "gewenst" marker as an image, drawn from the same figure as its legend entry. */
function desiredMarkerImage(): string {
  const m = DESIRED_MARKER;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><path d="${shapePath(m.shape, 8, 8.5, 13, 12)}" fill="${m.fill}" stroke="#ffffff" stroke-width="1.5"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

function levelRules(code: LevelCode): StyleRule[] {
  const s = LEVEL_STYLES[code];
  return [
    {
      selector: `node.level-${code}`,
      style: {
        shape: s.shape,
        'background-color': s.fill,
        'border-color': s.border,
        'border-width': code === 'kernpartner' ? BORDER.core : BORDER.other,
        width: NODE_SIZE[code],
        height: NODE_SIZE[code],
        // Kernpartners stand out: the largest nodes, their names in bold.
        ...(code === 'kernpartner' ? { 'font-weight': 700, 'font-size': MAP_FONTS.core.size } : {}),
      },
    },
    {
      selector: `edge.level-${code}`,
      style: {
        'line-color': s.border,
        width: LINK_WIDTH[code],
        ...cytoscapeLine(s.line),
      },
    },
  ];
}

/**
 * The map's stylesheet, derived from lib/domain/level-style.ts: fill, border, shape and line style per
 * level; visual states (faded, highlighted, search match, diff) as classes the map toggles.
 * Labels are drawn as the layouts measured them (lib/domain/map/node-specs.ts): their lines as given
 * (never wrapped again), at the spot the layout chose (data lx, ly, justify), never hidden at
 * any zoom, in ink on a white background so they read over a line.
 */
export function mapStylesheet(): StyleRule[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': MAP_FONTS.actor.size,
        color: MAP_COLOURS.ink,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-margin-x': 'data(lx)',
        'text-margin-y': 'data(ly)',
        'text-justification': 'data(justify)',
        'text-wrap': 'wrap',
        'text-max-width': '2000px',
        'line-height': LINE_HEIGHT,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.88,
        'text-background-padding': `${LABEL_BACKGROUND_PADDING}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 0,
      },
    },
    {
      selector: 'node.house',
      style: {
        shape: 'round-rectangle',
        width: 'data(nw)',
        height: 'data(nh)',
        'background-color': MAP_COLOURS.brand,
        'border-color': '#0a3f42',
        'border-width': BORDER.house,
        color: '#ffffff',
        'font-size': MAP_FONTS.house.size,
        'font-weight': 700,
        'text-background-opacity': 0,
        'z-index': 5,
      },
    },
    // Every edge's defaults first: in Cytoscape a later rule wins whatever its selector, so placed
    // after the level rules (as it was) this grey painted over every link's level colour, width and
    // line style, which the SVG, the print and the legend show.
    {
      selector: 'edge',
      style: { 'curve-style': 'straight', 'line-color': '#9ca3af', width: 1.2, 'line-cap': 'round', opacity: 0.9 },
    },
    ...LEVEL_CODES.flatMap(levelRules),
    // In the clusters' lists nodes are smaller: a row is as tall as its line of text.
    ...LEVEL_CODES.map((code) => ({
      selector: `node.in-list.level-${code}`,
      style: { width: listSize(NODE_SIZE[code], LIST_NODE_SCALE), height: listSize(NODE_SIZE[code], LIST_NODE_SCALE) },
    })),
    { selector: 'node.ghost', style: { 'border-style': 'dashed', 'background-opacity': 0.75, color: LEVEL_STYLES.nog_niet.text } },
    {
      selector: 'node.missing-mandatory',
      style: { 'border-color': MAP_COLOURS.warning, 'border-width': 3, 'border-style': 'dashed' },
    },
    {
      selector: 'node.missing',
      style: {
        shape: 'triangle',
        width: 30,
        height: 26,
        'background-color': MAP_COLOURS.warningFill,
        'border-color': MAP_COLOURS.warning,
        'border-width': BORDER.missing,
        'border-style': 'dashed',
        color: MAP_COLOURS.warning,
        'font-weight': 700,
      },
    },
    { selector: 'node.missing.in-list', style: { width: listSize(30, LIST_NODE_SCALE), height: listSize(26, LIST_NODE_SCALE) } },
    {
      selector: 'node.desired',
      style: {
        'background-image': desiredMarkerImage(),
        'background-width': DESIRED_MARKER.size,
        'background-height': DESIRED_MARKER.size,
        // At the node's top right, half outside it, so it reads as a badge on any shape.
        'background-position-x': '100%',
        'background-position-y': '0%',
        'background-offset-x': DESIRED_MARKER.size / 2,
        'background-offset-y': -DESIRED_MARKER.size / 2,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'background-image-opacity': 1,
        'bounds-expansion': 8,
      },
    },
    {
      selector: 'node.forum',
      style: {
        shape: 'round-rectangle',
        width: 18,
        height: 18,
        'background-color': '#ffffff',
        'border-color': MAP_COLOURS.forum,
        'border-width': BORDER.forum,
        color: MAP_COLOURS.forum,
        'font-style': 'italic',
        'font-size': MAP_FONTS.forum.size,
      },
    },
    {
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle',
        'background-color': MAP_COLOURS.paper,
        'background-opacity': 1,
        'border-color': '#c9ccd1',
        'border-width': 1,
        label: 'data(label)',
        // The group's name above its frame, as lib/domain/map/layouts/cluster-frames.ts reserves room.
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-x': 0,
        'text-margin-y': -CLUSTER_TITLE_GAP,
        'text-justification': 'center',
        'font-size': MAP_FONTS.cluster.size,
        'font-weight': 700,
        color: MAP_COLOURS.ink,
        'text-background-opacity': 0,
        padding: `${CLUSTER_PADDING}px`,
      },
    },
    // On a phone only the kernpartners and gemiddeld partners carry their names; a tap shows
    // the others' (the canvas marks them).
    { selector: 'node.label-on-tap', style: { label: '' } },
    { selector: 'node.label-on-tap.label-shown', style: { label: 'data(label)', 'text-background-opacity': 1, 'z-index': 40 } },
    { selector: 'edge.forum-link', style: { 'line-color': MAP_COLOURS.forumLink, width: 1.2, 'line-style': 'solid' } },
    {
      // "via …" along an indirect link shows when the actor is in focus: the forum node already
      // names the overleg, and on the whole map these would lie across other labels.
      selector: 'edge.via.highlighted',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': MAP_FONTS.actor.size,
        color: MAP_COLOURS.muted,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.95,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'edge.gap',
      style: { 'line-color': MAP_COLOURS.warning, ...cytoscapeLine('dotted'), width: 1.6, opacity: 0.8 },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 20 } },
    {
      selector: 'node.focused',
      style: { 'underlay-color': '#1d4ed8', 'underlay-opacity': 0.22, 'underlay-padding': 10, 'underlay-shape': 'ellipse', 'z-index': 30 },
    },
    {
      selector: 'node.search-match',
      style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 9, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node.diff-added',
      style: { 'underlay-color': '#067647', 'underlay-opacity': 0.35, 'underlay-padding': 10, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node.diff-changed',
      style: { 'underlay-color': '#b54708', 'underlay-opacity': 0.35, 'underlay-padding': 10, 'underlay-shape': 'ellipse' },
    },
    {
      selector: 'node.diff-removed',
      style: {
        'underlay-color': '#b42318',
        'underlay-opacity': 0.35,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
        'border-style': 'dotted',
        opacity: 0.7,
      },
    },
    // Ties between partners: curved, a colour and line style per kind (lib/domain/ties/tie-style.ts).
    ...tieStyleRules(),
  ];
}

/**
 * The projector's stylesheet: the same rules with heavier links, read from the back of a room.
 * Text is not set larger: the map is fitted to the screen, so larger text would only make the
 * picture larger and the zoom smaller; the layouts already keep every label at 12 px or more.
 */
export function presentationStylesheet(): StyleRule[] {
  return mapStylesheet().map((rule) => {
    if (!rule.selector.startsWith('edge') || typeof rule.style.width !== 'number') return rule;
    return { ...rule, style: { ...rule.style, width: Math.round(rule.style.width * 1.3 * 10) / 10 } };
  });
}
