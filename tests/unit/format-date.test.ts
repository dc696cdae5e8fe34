import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '@/lib/domain/format-date';

describe('Belgian dates', () => {
  it('writes dd-mm-jjjj, and times in Brussels time', () => {
    expect(formatDate('2027-01-15')).toBe('15-01-2027');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-10-01T08:00:00Z')).toBe('01-10-2026 10:00');
    expect(formatDateTime('2027-01-15T23:30:00Z')).toBe('16-01-2027 00:30');
  });
});
