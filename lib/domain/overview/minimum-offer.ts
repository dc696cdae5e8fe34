import type { CatalogueActorType } from '../catalogue';
import type { MinimumOfferFile } from '../minimum-offer-file';
import { isDirect, type LevelCode } from '../levels';

/**
 * The minimum offer of decree Art. 8 (report l. 4994-4998): preventive health care, parenting
 * support, and encounter and social cohesion. A function is covered when at least one actor type
 * that counts for it is directly involved (minimaal, gemiddeld or kernpartner). Which types count
 * is data (seed/data/minimum-offer.json), each with the report line that ties it to the function.
 */
export interface OfferType {
  code: string;
  name: string;
  basis: 'report' | 'interpretation';
  line: number;
  quote: string;
  note: string | null;
}

export interface OfferFunction {
  code: string;
  name: string;
  /** Short column header. */
  short: string;
  section: string;
  line: number;
  types: OfferType[];
}

const SHORT: Record<string, string> = {
  'preventieve-gezondheidszorg': 'Preventieve gezondheidszorg',
  opvoedingsondersteuning: 'Opvoedings\u00adondersteuning',
  'ontmoeting-sociale-cohesie': 'Ontmoeting en sociale cohesie',
};

/** The three functions with their types' names from the catalogue (lib/reference/minimum-offer.ts reads both files). */
export function offerFunctionsOf(actorTypes: readonly Pick<CatalogueActorType, 'code' | 'name'>[], file: MinimumOfferFile): OfferFunction[] {
  const names = new Map(actorTypes.map((t) => [t.code, t.name]));
  return file.functions.map((fn) => ({
    code: fn.code,
    name: fn.name.charAt(0).toUpperCase() + fn.name.slice(1),
    short: SHORT[fn.code] ?? fn.name,
    section: fn.section,
    line: fn.line,
    types: fn.actorTypes.map((code) => {
      const link = fn.links.find((l) => l.type === code)!;
      const name = names.get(code);
      if (!name) throw new Error(`Art. 8 function ${fn.code} names unknown type ${code}`);
      return { code, name, basis: link.basis, line: link.line, quote: link.quote, note: link.note ?? null };
    }),
  }));
}

/** Every type that counts for some function (what the repository reads). */
export function offerTypeCodes(functions: readonly OfferFunction[]): string[] {
  return [...new Set(functions.flatMap((fn) => fn.types.map((t) => t.code)))];
}

export interface FunctionCoverage {
  code: string;
  covered: boolean;
  /** The directly involved types that cover it, in the function's order. */
  by: string[];
}

/** One house: for each function, whether a directly involved type covers it, and which. */
export function checkMinimumOffer(levels: ReadonlyMap<string, LevelCode>, functions: readonly OfferFunction[]): FunctionCoverage[] {
  return functions.map((fn) => {
    const by = fn.types
      .filter((t) => {
        const level = levels.get(t.code);
        return level !== undefined && isDirect(level);
      })
      .map((t) => t.code);
    return { code: fn.code, covered: by.length > 0, by };
  });
}
