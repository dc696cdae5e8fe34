import type { HouseNetwork } from '../house-network';

/**
 * A house's network as the map page hands it to the browser: one JSON text instead of a tree of
 * objects. React's server components serialise a tree value by value (and the server's own
 * render then reads it back), where JSON is one native call each way; for the map page's ~60 KB
 * network that was most of what the page cost over a page without data (bench/house-map.ts,
 * server ratio). The brand keeps a plain string from being passed for it.
 */
export type NetworkOnWire = string & { readonly __networkOnWire: true };

/** Texts of frozen (kept, shared: graph/stamped-cache.ts) networks: made once per network. */
const textOfFrozen = new WeakMap<HouseNetwork, NetworkOnWire>();

export function networkOnWire(network: HouseNetwork): NetworkOnWire {
  const known = textOfFrozen.get(network);
  if (known) return known;
  const text = JSON.stringify(network) as NetworkOnWire;
  if (Object.isFrozen(network)) textOfFrozen.set(network, text);
  return text;
}

export function networkFromWire(text: NetworkOnWire): HouseNetwork {
  return JSON.parse(text) as HouseNetwork;
}
