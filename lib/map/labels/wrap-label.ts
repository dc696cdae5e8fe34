import { textWidth, type LabelFont } from './text-width';

const ELLIPSIS = '…';

/**
 * The name as the map prints it: a trailing remark in brackets that is not an abbreviation or a
 * number is left off ("Vakantie- en speelpleinwerk (organisaties die dit voorzien)" reads
 * "Vakantie- en speelpleinwerk"); "(CKG)" and "(2)" stay. The full name shows on hover, in the
 * detail panel and in the table.
 */
export function shortName(name: string): string {
  let short = name.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = short.replace(/\s+\((?![A-Z0-9&.\- ]+\))[^()]*\)(?=(\s+\([A-Z0-9&.\- ]+\))*$)/, '').trim();
    if (next === short || next.length === 0) return short;
    short = next;
  }
}

/** Cuts a word so that it and an ellipsis fit `width`. */
function cutToWidth(text: string, width: number, font: LabelFont): string {
  let cut = text;
  while (cut.length > 1 && textWidth(cut + ELLIPSIS, font) > width) cut = cut.slice(0, -1);
  return cut.replace(/[\s,;:–-]+$/, '') + ELLIPSIS;
}

interface Word {
  text: string;
  /** The word continues the one before it after a hyphen ("speelplein-" + "werk"): no space. */
  glued: boolean;
}

function join(line: string, word: Word): string {
  return line === '' ? word.text : word.glued ? line + word.text : `${line} ${word.text}`;
}

/** A single word may run this much wider than the line before it is cut. */
const LONG_WORD = 1.2;

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidth` (model units, measured
 * with the font's width table), at spaces and after hyphens inside a word; what does not fit ends
 * in an ellipsis. The same lines are drawn on screen, in the SVG and in print.
 */
export function wrapLabel(text: string, maxWidth: number, font: LabelFont, maxLines: number): string[] {
  const words: Word[] = text
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=[a-zà-ÿ]-)(?=[A-Za-zÀ-ÿ]{2})/).map((part, i) => ({ text: part, glued: i > 0 })));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const joined = join(line, word);
    if (line === '' || textWidth(joined, font) <= maxWidth) line = joined;
    else {
      lines.push(line);
      line = word.text;
    }
  }
  if (line !== '') lines.push(line);
  const longest = maxWidth * LONG_WORD;
  if (lines.length > maxLines) {
    const rest = lines.slice(maxLines - 1).join(' ');
    // A closing abbreviation is what people say ("… (CKG)"): cut before it, not through it.
    const tail = / \([A-Z][A-Z0-9&.-]+\)$/.exec(rest)?.[0] ?? '';
    const last = tail ? cutToWidth(rest.slice(0, -tail.length), maxWidth - textWidth(tail, font), font) + tail : cutToWidth(rest, maxWidth, font);
    return [...lines.slice(0, maxLines - 1), last];
  }
  return lines.map((l) => (textWidth(l, font) <= (l.includes(' ') ? maxWidth : longest) ? l : cutToWidth(l, maxWidth, font)));
}
