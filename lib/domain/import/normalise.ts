/**
 * The key two spellings share when a person would call them the same: lower case, accents and
 * punctuation gone, whitespace collapsed. "Kernpartner", " kern-partner. " and "KERNPARTNER" all
 * become "kernpartner"; "Oudercomité" and "oudercomite" meet; "n.a." becomes "n a".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The same key without spaces: "kern partner" and "kernpartner" meet, "nog niet" and "nognie(t)". */
export function compact(text: string): string {
  return normalise(text).replace(/ /g, '');
}
