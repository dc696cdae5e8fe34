import { LEVEL_STYLES, MAP_COLOURS } from '../level-style';
import { LEVEL_CODES, LEVELS } from '../levels';

export interface RegionalStyleRule {
  selector: string;
  style: Record<string, string | number | number[]>;
}

/** Edge width per level: the stronger the involvement, the heavier the line. */
const REGIONAL_LINK_WIDTH = { kernpartner: 5, gemiddeld: 3, minimaal: 1.8, indirect: 1.8, nog_niet: 1.6, niet: 1.2, niet_aanwezig: 1.2 } as const;

/**
 * The regional picture's stylesheet as data: houses as brand squares, organisations as circles
 * sized by the number of houses they serve, edges coloured and dashed by level from
 * lib/domain/level-style.ts. Every label is at least 13 px at zoom 1, and the canvas never zooms out
 * below 12 px on screen (components/overview/regional-map-canvas.tsx). Selection states are
 * classes (.faded, .highlighted).
 */
export function regionalStylesheet(): RegionalStyleRule[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': 'Inter, "Segoe UI", "DejaVu Sans", system-ui, sans-serif',
        'font-size': 13,
        color: MAP_COLOURS.ink,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'node.house',
      style: {
        shape: 'round-rectangle',
        width: 30,
        height: 30,
        'background-color': MAP_COLOURS.brand,
        'border-color': '#0a3f42',
        'border-width': 2,
        'font-weight': 700,
        'font-size': 16,
        'text-max-width': '160px',
        'z-index': 5,
      },
    },
    {
      selector: 'node.organisation',
      style: {
        shape: 'ellipse',
        width: 'mapData(houses, 2, 8, 14, 34)',
        height: 'mapData(houses, 2, 8, 14, 34)',
        'background-color': '#ffffff',
        'border-color': MAP_COLOURS.forum,
        'border-width': 2,
        'font-size': 13,
        color: MAP_COLOURS.ink,
      },
    },
    ...LEVEL_CODES.map((code) => ({
      selector: `edge.level-${code}`,
      style: {
        'line-color': LEVEL_STYLES[code].border,
        width: REGIONAL_LINK_WIDTH[code],
        'line-style': LEVEL_STYLES[code].line === 'none' ? 'dotted' : LEVEL_STYLES[code].line,
        'curve-style': 'bezier',
        opacity: code === 'niet' || code === 'niet_aanwezig' ? 0.6 : 0.9,
      },
    })),
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'border-color': '#1d4ed8', 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { opacity: 1, 'z-index': 9 } },
  ];
}

/** The legend of the edges, in level order, with the same words as the survey. */
export const REGIONAL_LEGEND = LEVEL_CODES.filter((code) => code !== 'niet_aanwezig').map((code) => ({
  code,
  label: LEVELS[code].label,
  colour: LEVEL_STYLES[code].border,
  line: LEVEL_STYLES[code].line === 'none' ? 'dotted' : LEVEL_STYLES[code].line,
  width: REGIONAL_LINK_WIDTH[code],
}));
