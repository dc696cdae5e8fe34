/**
 * Made once: building an Intl.DateTimeFormat costs about half a millisecond, and every request
 * asks for today's date (the session's access check, the house header).
 */
const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Belgium as YYYY-MM-DD (invitations run by calendar day, Belgian time). */
export function brusselsDate(now: Date = new Date()): string {
  return BRUSSELS_DAY.format(now);
}
