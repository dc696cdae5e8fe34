import { deepFreeze } from '../deep-freeze';
import type { HouseNetwork } from '../house-network';
import { perFrozen } from '../per-frozen';

/**
 * A house's network as the map page hands it to the browser: one JSON text instead of a tree of
 * objects. React's server components serialise a tree value by value (and the server's own
 * render then reads it back), where JSON is one native call each way; for the map page's ~60 KB
 * network that was most of what the page cost over a page without data (bench/house-map.ts,
 * server ratio). The brand keeps a plain string from being passed for it.
 */
export type NetworkOnWire = string & { readonly __networkOnWire: true };

/** The network as JSON text: made once per frozen (kept, shared: graph/stamped-cache.ts) network. */
export const networkOnWire: (network: HouseNetwork) => NetworkOnWire = perFrozen((network) => JSON.stringify(network) as NetworkOnWire);

/** The networks read last, by their text: a page viewed again gets the same (frozen) network, and so the map model derived from it (lib/domain/map/to-elements.ts). */
const readByText = new Map<string, HouseNetwork>();
const KEPT_TEXTS = 8;

/** The network a text carries, frozen: one shared copy per text. */
export function networkFromWire(text: NetworkOnWire): HouseNetwork {
  const known = readByText.get(text);
  if (known) {
    // Most recently read last, so the oldest is dropped first.
    readByText.delete(text);
    readByText.set(text, known);
    return known;
  }
  const network = deepFreeze(JSON.parse(text) as HouseNetwork);
  readByText.set(text, network);
  if (readByText.size > KEPT_TEXTS) readByText.delete(readByText.keys().next().value!);
  return network;
}
