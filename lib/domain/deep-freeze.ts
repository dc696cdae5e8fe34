/**
 * Freezes a plain value and everything in it, so one copy can be shared (between requests, or
 * between the views of one network) and any attempt to change it fails loudly instead of
 * changing it for everyone.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
