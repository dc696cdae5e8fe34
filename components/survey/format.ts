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
