import type { LevelCode } from './levels';

/**
 * How each level looks, everywhere (map, legend, bars). Colours alone never carry the meaning:
 * every level also has a line style and a node shape, for print and colour-blind readers.
 * Text colours are chosen for at least 4.5:1 contrast on the fill (WCAG AA), and borders for at
 * least 3:1 against white (WCAG AA for graphical objects); tests/unit/level-style.test.ts checks both.
 */
export interface LevelStyle {
  fill: string;
  text: string;
  border: string;
  line: 'solid' | 'dashed' | 'dotted' | 'none';
  shape: 'round-rectangle' | 'ellipse' | 'diamond' | 'hexagon' | 'tag';
}

export const LEVEL_STYLES: Record<LevelCode, LevelStyle> = {
  kernpartner: { fill: '#0f5e63', text: '#ffffff', border: '#0a3f42', line: 'solid', shape: 'round-rectangle' },
  gemiddeld: { fill: '#2e7d72', text: '#ffffff', border: '#1f5a52', line: 'solid', shape: 'ellipse' },
  minimaal: { fill: '#a8d5cc', text: '#1f2a37', border: '#5a9e91', line: 'solid', shape: 'ellipse' },
  indirect: { fill: '#f2c14e', text: '#1f2a37', border: '#a67c12', line: 'dashed', shape: 'diamond' },
  nog_niet: { fill: '#fbe9e4', text: '#7a2812', border: '#b4472b', line: 'dashed', shape: 'hexagon' },
  niet: { fill: '#d9d9d9', text: '#1f2a37', border: '#8a8a8a', line: 'none', shape: 'tag' },
  niet_aanwezig: { fill: '#eeeeee', text: '#3b3b3b', border: '#858585', line: 'dotted', shape: 'tag' },
};

/** Colour for the "no answer" share in survey bars. */
export const NO_ANSWER_FILL = '#ffffff';

/** The shell colours the map draws with besides the levels (see app/globals.css). */
export const MAP_COLOURS = {
  ink: '#1f2a37',
  muted: '#5b6675',
  paper: '#f7f6f2',
  brand: '#0f5e63',
  /** Missing mandatory partners: 6.6:1 on white. */
  warning: '#b42318',
  warningFill: '#fef3f2',
  forum: '#4b5563',
  forumLink: '#6b7280',
} as const;
