/** Lengths as the forms allow them (lib/domain/entry-input.ts); the import holds the same limits. */
const MAX: Record<string, [number, string]> = {
  name: [120, 'De naam'],
  note: [500, 'De notitie'],
  owner: [120, 'De trekker'],
  nextStep: [300, 'De volgende stap'],
  via: [120, 'De naam van het overleg'],
};

export function checkLength(field: string, value: string): string | null {
  const rule = MAX[field];
  if (!rule || value.length <= rule[0]) return null;
  return `${rule[1]} is te lang (max. ${rule[0]} tekens).`;
}

/** A target date as dd-mm-jjjj (or d/m/jjjj, or yyyy-mm-dd) → yyyy-mm-dd; null when empty, undefined when invalid. */
export function parseDue(text: string): string | null | undefined {
  const v = text.trim();
  if (v === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const be = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : be ? [be[3], be[2].padStart(2, '0'), be[1].padStart(2, '0')] : [];
  if (!y) return undefined;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}`) return undefined;
  return `${y}-${m}-${d}`;
}
