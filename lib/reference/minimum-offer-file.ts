import minimumOfferJson from '../../seed/data/minimum-offer.json';
import { minimumOfferFileSchema, type MinimumOfferFile } from '../domain/minimum-offer-file';

/** The Art. 8 file (seed/data/minimum-offer.json), validated once on first use. */
let cached: MinimumOfferFile | undefined;

export function readMinimumOfferFile(): MinimumOfferFile {
  if (cached) return cached;
  const file = minimumOfferFileSchema.parse(minimumOfferJson);
  for (const fn of file.functions) {
    for (const type of fn.actorTypes) {
      if (!fn.links.some((l) => l.type === type)) throw new Error(`Art. 8 function ${fn.code}: type ${type} has no link with a line`);
    }
  }
  cached = file;
  return cached;
}
