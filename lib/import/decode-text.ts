import { ImportFileError, SAVE_AS_CSV_UTF8 } from './file-error';

/**
 * A CSV's bytes as text. Only UTF-8 (with or without byte-order mark) is read: UTF-16 and the
 * old Windows code page (Excel's plain "CSV") would turn é into Ã© or worse, silently, so they are
 * refused with the way to save the file right.
 */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError(`Dit bestand is in UTF-16 bewaard (Excel: ‘Unicode-tekst’) en kan niet gelezen worden. ${SAVE_AS_CSV_UTF8}`);
  }
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (zeros > sample.length / 10) {
    throw new ImportFileError(`Dit bestand lijkt in UTF-16 of als binair bestand bewaard en kan niet als CSV gelezen worden. ${SAVE_AS_CSV_UTF8}`);
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidByte(body);
    throw new ImportFileError(
      `Dit bestand is niet in UTF-8 bewaard (waarschijnlijk Windows-1252, Excel’s gewone ‘CSV’), zodat letters als é of ë verkeerd zouden binnenkomen${at === null ? '' : ` (eerste fout op regel ${at})`}. ${SAVE_AS_CSV_UTF8}`,
    );
  }
}

/** The line of the first byte that is not valid UTF-8, for the message. */
function firstInvalidByte(bytes: Uint8Array): number | null {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const extra = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (extra < 0) return line;
    for (let k = 1; k <= extra; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return line;
    i += extra;
  }
  return null;
}
