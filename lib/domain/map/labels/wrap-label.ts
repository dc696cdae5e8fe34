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

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/i;
const LETTER = /[a-zà-ÿ]/i;

/**
 * Where a Dutch word may break, best first: after a linking "s" of a compound ("Opvoedings-" +
 * "ondersteuning"), then before a single consonant between vowels ("Consultatiebureau-" +
 * "werking", "initia-" + "tieven"). Both parts keep three letters or more.
 */
function breakPlaces(word: string): number[][] {
  const linking: number[] = [];
  const syllable: number[] = [];
  for (let i = word.length - 3; i >= 3; i -= 1) {
    const [before, at, next] = [word[i - 1], word[i], word[i + 1]];
    if (!LETTER.test(before) || !LETTER.test(at)) continue;
    if (/(ings|ngs|heids|tie?s)$/i.test(word.slice(0, i)) && VOWEL.test(at)) linking.push(i);
    if (VOWEL.test(before) && !VOWEL.test(at) && VOWEL.test(next) && !/^(ij)$/i.test(before + at)) syllable.push(i);
  }
  return [linking, syllable];
}

/**
 * A word too long for a line, broken with a hyphen at the best place whose first part fits
 * `width` (the longest such first part). Null when there is none: the word is then cut with "…".
 */
function hyphenate(word: string, width: number, font: LabelFont): [string, string] | null {
  for (const places of breakPlaces(word)) {
    const i = places.find((at) => textWidth(`${word.slice(0, at)}-`, font) <= width);
    if (i !== undefined) return [`${word.slice(0, i)}-`, word.slice(i)];
  }
  return null;
}

/**
 * Breaks a label into at most `maxLines` lines no wider than `maxWidth` (model units, measured
 * with the font's width table), at spaces and after hyphens inside a word; what does not fit ends
 * in an ellipsis. The same lines are drawn on screen, in the SVG and in print.
 */
export function wrapLabel(text: string, maxWidth: number, font: LabelFont, maxLines: number): string[] {
  const words: Word[] = text
    .split(' ')
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=[a-zà-ÿ]-)(?=[A-Za-zÀ-ÿ]{2})/).map((part, i) => ({ text: part, glued: i > 0 })))
    .flatMap((word) => {
      // Too long even for a line of its own, and a second line to spare: break it with a hyphen.
      if (maxLines < 2 || textWidth(word.text, font) <= maxWidth * LONG_WORD) return [word];
      const parts = hyphenate(word.text, maxWidth, font);
      return parts
        ? [
            { text: parts[0], glued: word.glued },
            { text: parts[1], glued: true },
          ]
        : [word];
    });
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
