/**
 * The encodings a CSV from Excel comes in: ‘CSV UTF-8’ (with a byte-order mark), ‘Unicode-tekst’
 * (UTF-16 LE with a byte-order mark, tab-separated) and Belgian Windows' plain ‘CSV’ (the
 * Windows-1252 code page). The name is shown in the preview ("gelezen als Windows-1252").
 */
export const TEXT_ENCODINGS = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (Unicode-tekst)',
  'utf-16be': 'UTF-16 (Unicode-tekst)',
  'windows-1252': 'Windows-1252',
} as const;

export type TextEncoding = keyof typeof TEXT_ENCODINGS;
