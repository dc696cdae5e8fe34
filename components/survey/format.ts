/** Belgian number formatting for the survey views: decimal comma, a dash for "none". */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined) return '–';
  return value.toLocaleString('nl-BE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatDelta(now: number | null, report: number | null, decimals = 1): string {
  if (now === null || report === null) return '';
  const delta = now - report;
  const text = formatNumber(Math.abs(delta), decimals);
  return delta === 0 ? '±0' : `${delta > 0 ? '+' : '−'}${text}`;
}

/** A change in percentage points: "+3,2", "−1,0", "±0"; a dash when there is none. */
export function formatPoints(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value))}`;
}
