import { LEVEL_STYLES, MAP_COLOURS } from '../level-style';
import { LEVELS, type LevelCode } from '../levels';
import type { MapShape } from './shapes';

/** One row of the map legend: shape, colours and line style, all derived from lib/domain/level-style.ts. */
export interface LegendItem {
  key: string;
  label: string;
  shape: MapShape;
  fill: string;
  border: string;
  borderStyle: 'solid' | 'dashed';
  /** The link to the house drawn with this item. */
  line: 'solid' | 'dashed' | 'dotted' | 'none';
  lineColour: string;
  lineWidth: number;
  /** Node size on the map at zoom 1 (also used to scale legend figures). */
  size: number;
}

/** Node size per level on the map: kernpartners are the largest, so they stand out. */
export const NODE_SIZE: Record<LevelCode, number> = {
  kernpartner: 38,
  gemiddeld: 30,
  minimaal: 24,
  indirect: 24,
  nog_niet: 24,
  niet: 22,
  niet_aanwezig: 22,
};

/** Link width per level: the stronger the involvement, the heavier the line. */
export const LINK_WIDTH: Record<LevelCode, number> = {
  kernpartner: 5,
  gemiddeld: 3,
  minimaal: 1.6,
  indirect: 1.6,
  nog_niet: 1.4,
  niet: 1,
  niet_aanwezig: 1,
};

/**
 * The marker of an actor the house wants to involve more strongly ("gewenst" above its level
 * now, from the plan): a small upward triangle at the node's top right.
 */
export const DESIRED_MARKER: LegendItem = {
  key: 'desired',
  label: 'Gewenst: sterker betrekken (plan)',
  shape: 'triangle',
  fill: MAP_COLOURS.brand,
  border: MAP_COLOURS.brand,
  borderStyle: 'solid',
  line: 'none',
  lineColour: MAP_COLOURS.brand,
  lineWidth: 0,
  size: 20,
};

const ON_MAP: LevelCode[] = ['kernpartner', 'gemiddeld', 'minimaal', 'indirect', 'nog_niet'];

function levelItem(code: LevelCode): LegendItem {
  const style = LEVEL_STYLES[code];
  return {
    key: code,
    label: code === 'nog_niet' ? 'Nog niet (gepland)' : LEVELS[code].label,
    shape: style.shape,
    fill: style.fill,
    border: style.border,
    borderStyle: code === 'nog_niet' ? 'dashed' : 'solid',
    line: style.line,
    lineColour: style.border,
    lineWidth: LINK_WIDTH[code],
    size: NODE_SIZE[code],
  };
}

export const MAP_LEGEND: LegendItem[] = [
  ...ON_MAP.map(levelItem),
  {
    key: 'missing',
    label: 'Verplichte partner ontbreekt',
    shape: 'triangle',
    fill: MAP_COLOURS.warningFill,
    border: MAP_COLOURS.warning,
    borderStyle: 'dashed',
    line: 'dotted',
    lineColour: MAP_COLOURS.warning,
    lineWidth: 1.6,
    size: 34,
  },
  DESIRED_MARKER,
  {
    key: 'forum',
    label: 'Overleg (draagt indirecte banden)',
    shape: 'forum',
    fill: '#ffffff',
    border: MAP_COLOURS.forum,
    borderStyle: 'solid',
    line: 'solid',
    lineColour: MAP_COLOURS.forumLink,
    lineWidth: 1.2,
    size: 22,
  },
];

/** What the grey tray beside the map holds: off the map, but not forgotten. */
export const TRAY_LEGEND: LegendItem[] = (['niet_aanwezig', 'niet'] as LevelCode[]).map(levelItem);
