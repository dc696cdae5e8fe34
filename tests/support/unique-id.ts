import { randomBytes } from 'node:crypto';

/** A house id no other test uses, so tests can share one database. */
export function uniqueHouseId(prefix = 'it'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}
