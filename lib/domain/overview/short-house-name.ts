/** Every house is a Huis van het Kind: tables show the rest of the name (the full name in a tooltip). */
export function shortHouseName(name: string): string {
  return name.replace(/^Huis van het Kind\s+/i, '') || name;
}
