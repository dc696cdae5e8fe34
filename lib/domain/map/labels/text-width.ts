import { BOLD_WIDTHS, ITALIC_WIDTHS, REGULAR_WIDTHS, WIDTH_CHARS } from './char-widths';

/** How a label is set: size in model units (pixels at zoom 1), weight and slant. */
export interface LabelFont {
  size: number;
  bold: boolean;
  italic: boolean;
}

const INDEX = new Map([...WIDTH_CHARS].map((c, i) => [c, i]));
/** A character outside the table counts as wide as an M: never too little room. */
const WIDEST = { regular: 1000, bold: 1100, italic: 1000 };

/**
 * Width of one line of text in model units, from the DejaVu Sans table: the same number in the
 * browser, on the server (SVG, PDF) and in tests, so label placement is deterministic.
 */
export function textWidth(text: string, font: LabelFont): number {
  const table = font.bold ? BOLD_WIDTHS : font.italic ? ITALIC_WIDTHS : REGULAR_WIDTHS;
  const fallback = font.bold ? WIDEST.bold : font.italic ? WIDEST.italic : WIDEST.regular;
  let units = 0;
  for (const c of text) {
    const i = INDEX.get(c);
    units += i === undefined ? fallback : table[i];
  }
  // Canvas rounds each measured line up to a whole pixel; so do we.
  return Math.ceil((units * font.size) / 1000);
}
