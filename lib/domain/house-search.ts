/**
 * Finding a house by what a person remembers of it: part of its name, a municipality, the
 * province or its code, in any case and with or without accents ("Sint-Niklaas", "sint niklaas",
 * "demo-014"). Pure, shared by every house picker.
 */
export interface PickableHouse {
  id: string;
  name: string;
  /** A second line: municipalities and province, say. Searched too. */
  detail?: string;
}

/** Lower case, accents and punctuation gone, one space between words. */
export function normaliseSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The houses whose name, detail or code hold every word of the query, those whose name starts
 * with it first; the list order otherwise. An empty query gives every house.
 */
export function matchHouses<T extends PickableHouse>(houses: readonly T[], query: string): T[] {
  const words = normaliseSearch(query).split(' ').filter(Boolean);
  if (!words.length) return [...houses];
  const hits = houses.filter((h) => {
    const haystack = ` ${normaliseSearch(`${h.name} ${h.detail ?? ''} ${h.id}`)}`;
    return words.every((w) => haystack.includes(w));
  });
  const start = words.join(' ');
  const startsName = (h: T) => {
    const name = normaliseSearch(h.name);
    return name.startsWith(start) || name.replace(/^huis van het kind /, '').startsWith(start);
  };
  return [...hits.filter(startsName), ...hits.filter((h) => !startsName(h))];
}
