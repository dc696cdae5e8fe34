import { offerFunctionsOf, type OfferFunction } from '../domain/overview/minimum-offer';
import { readCatalogueFile } from './catalogue-file';
import { readMinimumOfferFile } from './minimum-offer-file';

let cached: OfferFunction[] | undefined;

/** The minimum offer of decree Art. 8 as the overview checks it: the file's functions with the catalogue's type names. */
export function offerFunctions(): OfferFunction[] {
  cached ??= offerFunctionsOf(readCatalogueFile().actorTypes, readMinimumOfferFile());
  return cached;
}
