import { z } from '../zod-dutch';
import type { LevelCode } from '../levels';
import { plainText } from '../plain-text';
import { answerLevel, roundAnswerSchema } from './round-answer';
import { EXTRA_ROWS, type RoundFormRow } from './round-form';

/**
 * A submitted round form, checked against the rows the server built itself (never against what
 * the browser says the rows are): every row that is not derived from organisations needs an
 * answer or an explicit "geen antwoord"; what is missing is named. Fields: `antwoord.<code>` per
 * row; `andere.<n>.naam` and `andere.<n>.antwoord` for the free "Andere" rows (n = 1 … 4).
 */
export type RoundFormFields = Record<string, string | undefined>;

export interface ParsedRoundForm {
  /** Per row's type: the level, or null for "geen antwoord". Derived rows take the map's level. */
  answers: Map<string, LevelCode | null>;
  extras: { name: string; level: LevelCode | null }[];
}

export type RoundFormResult = { ok: true; form: ParsedRoundForm } | { ok: false; message: string; fieldErrors: Record<string, string[]>; missing: string[] };

const extraNameSchema = plainText(
  z.string().trim().min(2, 'Geef de andere actor een naam van minstens 2 tekens.').max(80, 'De naam is te lang (max. 80 tekens).'),
);

/** "CAW, OCMW en Politie" */
function dutchList(names: readonly string[], limit = 8): string {
  const shown = names.length > limit ? [...names.slice(0, limit), `nog ${names.length - limit} andere`] : [...names];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} en ${shown[shown.length - 1]}`;
}

function missingAnswersMessage(names: readonly string[]): string {
  const count = names.length === 1 ? '1 actor' : `${names.length} actoren`;
  return `Nog geen antwoord voor ${count}: ${dutchList(names)}. Kies voor elke actor een betrokkenheid of ‘Geen antwoord’. Er werd niets ingediend.`;
}

export function parseRoundForm(rows: readonly RoundFormRow[], fields: RoundFormFields): RoundFormResult {
  const answers = new Map<string, LevelCode | null>();
  const fieldErrors: Record<string, string[]> = {};
  const missing: string[] = [];
  for (const row of rows) {
    if (row.derived) {
      answers.set(row.code, row.mapLevel);
      continue;
    }
    const raw = fields[`antwoord.${row.code}`]?.trim();
    if (!raw) {
      missing.push(row.name);
      fieldErrors[`antwoord.${row.code}`] = ['Kies een betrokkenheid of ‘Geen antwoord’.'];
      continue;
    }
    const parsed = roundAnswerSchema.safeParse(raw);
    if (!parsed.success) {
      missing.push(row.name);
      fieldErrors[`antwoord.${row.code}`] = [parsed.error.issues[0].message];
      continue;
    }
    answers.set(row.code, answerLevel(parsed.data));
  }

  const extras: ParsedRoundForm['extras'] = [];
  for (let n = 1; n <= EXTRA_ROWS; n++) {
    const name = fields[`andere.${n}.naam`]?.trim() ?? '';
    const raw = fields[`andere.${n}.antwoord`]?.trim() ?? '';
    if (!name && !raw) continue;
    const parsedName = extraNameSchema.safeParse(name);
    if (!parsedName.success) {
      fieldErrors[`andere.${n}.naam`] = [parsedName.error.issues[0].message];
      continue;
    }
    const parsed = roundAnswerSchema.safeParse(raw);
    if (!parsed.success) {
      missing.push(`Andere: ${parsedName.data}`);
      fieldErrors[`andere.${n}.antwoord`] = ['Kies een betrokkenheid of ‘Geen antwoord’.'];
      continue;
    }
    extras.push({ name: parsedName.data, level: answerLevel(parsed.data) });
  }

  if (missing.length) return { ok: false, message: missingAnswersMessage(missing), fieldErrors, missing };
  if (Object.keys(fieldErrors).length) {
    return { ok: false, message: `${Object.values(fieldErrors)[0][0]} Er werd niets ingediend.`, fieldErrors, missing };
  }
  return { ok: true, form: { answers, extras } };
}
