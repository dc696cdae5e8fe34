import { hasControlCharacter } from '../plain-text';
import { MAX_CELL_LENGTH } from './limits';

/**
 * The formula rule, the inverse of lib/domain/csv.ts `neutraliseFormula`: our own exports write text that
 * a spreadsheet would run (starting with = + - @) with a leading apostrophe, so `'=HYPERLINK(…)`
 * comes back as the text `=HYPERLINK(…)`. A cell that starts with = + or @ without that apostrophe
 * is refused: it was a formula in the sheet it came from, or becomes one when the data goes out
 * again. A leading minus is refused too, except for a number (-5) or a lone dash ("no answer").
 */
const FORMULA_MESSAGE = 'begint met =, +, - of @ en zou in een rekenblad als formule werken. Zet er een apostrof voor (\u2019=…) of verwijder het teken.';

export interface CheckedCell {
  text: string;
  problem: string | null;
}

export function checkCellText(raw: string): CheckedCell {
  const text = raw.replace(/^[\t\r\n ]+|[\t\r\n ]+$/g, '');
  if (text.length > MAX_CELL_LENGTH) return { text: '', problem: `is langer dan ${MAX_CELL_LENGTH} tekens.` };
  if (hasControlCharacter(text)) return { text: '', problem: 'bevat een onzichtbaar stuurteken. Typ de inhoud opnieuw of verwijder dat teken.' };
  if (/^'[=+\-@\t\r]/.test(text)) return { text: text.slice(1), problem: null };
  if (/^[=+@]/.test(text)) return { text: '', problem: FORMULA_MESSAGE };
  if (text.startsWith('-') && !/^-[\s\-–—]*$/.test(text) && !/^-\d+([.,]\d+)?$/.test(text)) return { text: '', problem: FORMULA_MESSAGE };
  return { text, problem: null };
}

/** "C5" for the third column of the fifth row (both 1-based here). */
export function cellName(row: number, column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
