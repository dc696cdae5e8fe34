/**
 * `derive` kept per frozen input: a frozen value (shared, never changed: graph/stamped-cache.ts,
 * lib/domain/map/network-on-wire.ts) gives the same result every time, so it is computed once
 * and `share` (e.g. a freeze) makes the result fit to be shared too. An input that is not frozen
 * is derived afresh on every call.
 */
export function perFrozen<K extends object, V>(derive: (input: K) => V, share: (value: V) => V = (value) => value): (input: K) => V {
  const kept = new WeakMap<K, V>();
  return (input) => {
    if (!Object.isFrozen(input)) return derive(input);
    if (kept.has(input)) return kept.get(input)!;
    const value = share(derive(input));
    kept.set(input, value);
    return value;
  };
}
