/** Today's date in Belgium as YYYY-MM-DD (invitations run by calendar day, Belgian time). */
export function brusselsDate(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
