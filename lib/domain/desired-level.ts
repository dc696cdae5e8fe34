import { LEVELS, type LevelCode } from './levels';

/**
 * "Gewenst" above the level now: the house wants to involve the actor more strongly. The map
 * marks it, the plan says so, the workshop's action list takes it up. Pure, client-safe.
 */
export function wantsMore(desired: LevelCode | null | undefined, now: LevelCode | null): boolean {
  if (!desired) return false;
  return now === null || LEVELS[desired].strength > LEVELS[now].strength;
}
