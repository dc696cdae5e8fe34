import { ImportFileError, SAVE_AS_CSV_UTF8 } from '../../domain/import/file-error';
import type { TextEncoding } from '../../domain/import/text-encodings';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/**
 * A CSV's bytes as text, in the encoding it was saved in. A byte-order mark decides (UTF-8,
 * UTF-16 LE or BE); UTF-16 without one is recognised by its zero bytes (every other byte of
 * Latin text); otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as
 * Windows-1252, in which every byte is a character (é is 0xE9). Only what is clearly not text
 * (zero bytes out of the UTF-16 pattern: a binary file) is refused.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8' };
  const bare = bareUtf16(bytes);
  if (bare) return { text: utf16(bytes, bare), encoding: bare };
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) {
    throw new ImportFileError(`Dit bestand lijkt geen tekst maar een binair bestand en kan niet als CSV gelezen worden. ${SAVE_AS_CSV_UTF8}`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(
      `Dit bestand zegt UTF-8 te zijn, maar bevat tekens die dat niet zijn; letters als é of ë zouden verkeerd binnenkomen. ${SAVE_AS_CSV_UTF8}`,
    );
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0)
    throw new ImportFileError(`Dit bestand in UTF-16 (Unicode-tekst) is onvolledig: het eindigt midden in een teken. ${SAVE_AS_CSV_UTF8}`);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError(`Dit bestand in UTF-16 (Unicode-tekst) bevat tekens die niet te lezen zijn. ${SAVE_AS_CSV_UTF8}`);
  }
}

/**
 * UTF-16 saved without a byte-order mark: in Latin text every character has one zero byte, at
 * odd positions (little-endian) or even ones (big-endian). Nine in ten of the pairs must show
 * the pattern, so a binary file with some zeros is not taken for text.
 */
function bareUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 4096) / 2);
  if (pairs < 2) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const [a, b] = [bytes[2 * i], bytes[2 * i + 1]];
    if (a !== 0 && b === 0) le++;
    else if (a === 0 && b !== 0) be++;
  }
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return null;
}
