import { describe, expect, it } from 'vitest';
import { fromDayInput, toDayInput } from './dates';

describe('challenge dates', () => {
  it('open at the start and close at the end of the chosen day', () => {
    expect(fromDayInput('2026-12-01', 'start')).toBe('2026-12-01T00:00:00.000Z');
    expect(fromDayInput('2026-12-01', 'end')).toBe('2026-12-01T23:59:00.000Z');
    expect(fromDayInput('', 'start')).toBeNull();
  });

  it('show an API moment as its calendar day and nothing for none', () => {
    expect(toDayInput('2026-12-01T23:59:00.000Z')).toBe('2026-12-01');
    expect(toDayInput(null)).toBe('');
    expect(toDayInput('not a date')).toBe('');
    expect(toDayInput(fromDayInput('2027-02-28', 'end'))).toBe('2027-02-28');
  });
});
