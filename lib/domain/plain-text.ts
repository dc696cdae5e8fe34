import type { z } from 'zod';

/**
 * Text a person types holds no control characters (issue 15, item 8): NUL and the other C0
 * codes except tab, line feed and carriage return, DEL, the C1 codes, lone UTF-16 surrogates and
 * the non-characters U+FFFE and U+FFFF. None of them is visible, none has a meaning in a name or
 * a note, and XML (the SVG map, the Excel files) cannot carry them at all. They are refused at
 * input, one rule for every form (plainText below), and replaced in every XML output (xmlText).
 */
const CONTROL_CHARACTER = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/u;
const CONTROL_CHARACTERS = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu;

const CONTROL_CHARACTER_MESSAGE =
  'Deze tekst bevat een onzichtbaar stuurteken (bv. na kopiëren uit een ander programma). Typ de tekst opnieuw of verwijder dat teken.';

export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/** The text with every character XML 1.0 cannot hold replaced by U+FFFD (�), so a document stays valid. */
export function xmlText(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '\uFFFD');
}

/** Every string in a parsed value, with its path (object keys, array indexes). */
function* stringsIn(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

/**
 * The schema, refusing any control character in any text it parses, with the Dutch message on
 * the field that holds it. Wraps a form's whole schema, or one field (never a password field).
 */
export function plainText<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    for (const [path, text] of stringsIn(value)) {
      if (hasControlCharacter(text)) ctx.addIssue({ code: 'custom', path, message: CONTROL_CHARACTER_MESSAGE });
    }
  }) as T;
}
