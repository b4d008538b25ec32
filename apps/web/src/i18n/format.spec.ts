import { describe, expect, it } from 'vitest';
import { formatDateTime, formatList, formatNumber, formatRelativeTime } from './format';

describe('format', () => {
  const now = new Date('2025-03-14T10:00:00Z');

  it('formats dates per language', () => {
    expect(formatDateTime('2025-03-14T09:30:00Z', 'nl')).toBe('14 maart 2025 om 09:30');
    expect(formatDateTime('2025-03-14T09:30:00Z', 'en')).toBe('14 March 2025 at 09:30');
  });

  it('formats relative times in the largest fitting unit', () => {
    expect(formatRelativeTime('2025-03-14T09:57:00Z', 'nl', now)).toBe('3 minuten geleden');
    expect(formatRelativeTime('2025-03-14T09:59:00Z', 'en', now)).toBe('1 minute ago');
    expect(formatRelativeTime('2025-03-12T10:00:00Z', 'nl', now)).toBe('eergisteren');
  });

  it('formats numbers per language', () => {
    expect(formatNumber(12345.5, 'nl')).toBe('12.345,5');
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
  });

  it('joins lists per language', () => {
    expect(formatList(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });
});
