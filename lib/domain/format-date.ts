/** Dates the Belgian way: dd-mm-jjjj, and times in Brussels time. Client-safe. */

const PARTS = new Intl.DateTimeFormat('nl-BE', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: Date): Record<string, string> {
  return Object.fromEntries(PARTS.formatToParts(date).map((p) => [p.type, p.value]));
}

/** A calendar date (yyyy-mm-dd, or an ISO date-time) as dd-mm-jjjj; '' for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (plain) return `${plain[3]}-${plain[2]}-${plain[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.day}-${p.month}-${p.year}`;
}

/** A moment as "dd-mm-jjjj hh:mm" in Brussels time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const p = parts(date);
  return `${p.day}-${p.month}-${p.year} ${p.hour}:${p.minute}`;
}
