import { normalise } from './normalise';
import { warning, type Problem } from './preview';

/**
 * Finds the known columns in a header row by their Dutch names and the usual variants (case,
 * accents and punctuation do not matter). Returns the column index per field; headers that are
 * neither a field nor `accept`-ed come back as unused.
 */
export function mapColumns<F extends string>(
  header: string[],
  fields: Record<F, string[]>,
  accept: (header: string, index: number) => boolean = () => false,
): { columns: Partial<Record<F, number>>; unused: { index: number; header: string }[]; duplicates: string[] } {
  const byName = new Map<string, F>();
  for (const [field, names] of Object.entries(fields) as [F, string[]][]) for (const name of names) byName.set(normalise(name), field);
  const columns: Partial<Record<F, number>> = {};
  const unused: { index: number; header: string }[] = [];
  const duplicates: string[] = [];
  header.forEach((raw, index) => {
    const field = byName.get(normalise(raw));
    if (field) {
      if (columns[field] === undefined) columns[field] = index;
      else duplicates.push(raw);
    } else if (raw.trim() !== '' && !accept(raw, index)) unused.push({ index, header: raw });
  });
  return { columns, unused, duplicates };
}

export function duplicateColumnProblems(duplicates: string[]): Problem[] {
  return duplicates.map((d) => ({ severity: 'error' as const, message: `De kolom ‘${d}’ staat twee keer in de kopregel; laat er één over.` }));
}

export function unusedColumnProblem(headers: string[]): Problem[] {
  if (!headers.length) return [];
  return [
    warning(
      `${headers.length === 1 ? 'De kolom' : 'De kolommen'} ${headers.map((h) => `‘${h}’`).join(', ')} ${headers.length === 1 ? 'wordt' : 'worden'} niet gebruikt.`,
    ),
  ];
}
