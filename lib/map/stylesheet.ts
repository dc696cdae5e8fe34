import { LEVEL_STYLES, MAP_COLOURS } from '../domain/level-style';
import { LEVEL_CODES, type LevelCode } from '../domain/levels';
import { DESIRED_MARKER, LINK_WIDTH, NODE_SIZE } from './legend';
import { shapePath } from './shapes';

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
        'border-width': code === 'kernpartner' ? 3 : 2,
        width: NODE_SIZE[code],
        height: NODE_SIZE[code],
        // Kernpartners keep their names at every zoom: they are what the picture is about.
        ...(code === 'kernpartner' ? { 'font-weight': 700, 'font-size': 14, 'min-zoomed-font-size': 0 } : {}),
      },
    },
    {
      selector: `edge.level-${code}`,
      style: {
        'line-color': s.border,
        width: LINK_WIDTH[code],
        'line-style': s.line === 'none' ? 'solid' : s.line,
        ...(s.line === 'dashed' ? { 'line-dash-pattern': [6, 4] as unknown as string } : {}),
      },
    },
  ];
}

/**
 * The map's stylesheet, derived from lib/domain/level-style.ts: fill, border, shape and line style per
 * level; visual states (faded, highlighted, search match, diff) as classes the map toggles.
 * Labels sit under the nodes in ink on a white halo, so they read on every fill.
 */
export function mapStylesheet(): StyleRule[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 13,
        color: MAP_COLOURS.ink,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1.5px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'node.house',
      style: {
        shape: 'ellipse',
        width: 92,
        height: 92,
        'background-color': MAP_COLOURS.brand,
        'border-color': '#0a3f42',
        'border-width': 4,
        color: '#ffffff',
        'text-valign': 'center',
        'text-margin-y': 0,
        'text-max-width': '84px',
        'font-size': 13,
        'min-zoomed-font-size': 0,
        'font-weight': 700,
        'text-background-opacity': 0,
      },
    },
    ...LEVEL_CODES.flatMap(levelRules),
    { selector: 'node.ghost', style: { 'border-style': 'dashed', 'background-opacity': 0.75, color: LEVEL_STYLES.nog_niet.text } },
    {
      selector: 'node.missing-mandatory',
      style: { 'border-color': MAP_COLOURS.warning, 'border-width': 3, 'border-style': 'dashed' },
    },
    {
      selector: 'node.missing',
      style: {
        shape: 'triangle',
        width: 36,
        height: 32,
        'background-color': MAP_COLOURS.warningFill,
        'border-color': MAP_COLOURS.warning,
        'border-width': 3,
        'border-style': 'dashed',
        color: MAP_COLOURS.warning,
        'font-weight': 700,
        'min-zoomed-font-size': 0,
      },
    },
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
        width: 22,
        height: 22,
        'background-color': '#ffffff',
        'border-color': MAP_COLOURS.forum,
        'border-width': 2.5,
        color: MAP_COLOURS.forum,
        'font-style': 'italic',
        'font-size': 12,
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
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        // The group's name is what this view is about: large, and shown at every zoom.
        'font-size': 22,
        'min-zoomed-font-size': 0,
        'font-weight': 700,
        color: MAP_COLOURS.ink,
        'text-background-opacity': 0,
        'text-max-width': '300px',
        padding: '22px',
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'straight', 'line-color': '#9ca3af', width: 1.2, 'line-cap': 'round', opacity: 0.9 },
    },
    { selector: 'edge.forum-link', style: { 'line-color': MAP_COLOURS.forumLink, width: 1.2, 'line-style': 'solid' } },
    {
      selector: 'edge.via',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 10.5,
        color: MAP_COLOURS.muted,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        // Readable only when zoomed in; at overview size they would be grey smudges.
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge.gap',
      style: { 'line-color': MAP_COLOURS.warning, 'line-style': 'dotted', width: 1.6, opacity: 0.8 },
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
      style: { 'underlay-color': '#b42318', 'underlay-opacity': 0.35, 'underlay-padding': 10, 'underlay-shape': 'ellipse', 'border-style': 'dotted', opacity: 0.7 },
    },
  ];
}

/**
 * The projector's stylesheet: the same rules with labels a third larger and shown at every zoom,
 * so a map read from the back of a room stays legible (larger still crowds the inner rings).
 */
export function presentationStylesheet(): StyleRule[] {
  return mapStylesheet().map((rule) => {
    const style = { ...rule.style };
    if (typeof style['font-size'] === 'number') style['font-size'] = Math.round(style['font-size'] * 1.3);
    if ('min-zoomed-font-size' in style || rule.selector === 'node') style['min-zoomed-font-size'] = 0;
    if (rule.selector === 'node') {
      style['font-size'] = 17;
      style['text-max-width'] = '150px';
    }
    if (rule.selector === 'node.house') {
      style.width = 112;
      style.height = 112;
      style['font-size'] = 15;
      style['text-max-width'] = '100px';
    }
    return { ...rule, style };
  });
}
