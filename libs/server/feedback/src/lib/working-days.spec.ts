import fc from 'fast-check';
import {
  addWorkingDays,
  civilDate,
  dayNumber,
  dutchHolidays,
  easterSunday,
  isoDate,
  isWorkingDay,
  localDayNumber,
  responseDueAt,
  startOfLocalDay,
  workingDaysBetween,
} from './working-days';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return dayNumber({ year, month, day: d });
};
const iso = (dayNo: number) => isoDate(civilDate(dayNo));
const weekday = (dayNo: number) => new Date(dayNo * 86_400_000).getUTCDay();

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    // Extremes of the range and a few historic years.
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, date) => {
    expect(isoDate(easterSunday(year))).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const e = dayNumber(easterSunday(year));
        expect(weekday(e)).toBe(0);
        expect(e).toBeGreaterThanOrEqual(day(`${year}-03-22`));
        expect(e).toBeLessThanOrEqual(day(`${year}-04-25`));
      }),
      { numRuns: 500 },
    );
  });
});

describe('Dutch public holidays', () => {
  it('lists the holidays of 2026 by name and date', () => {
    expect(dutchHolidays(2026).map((h) => `${isoDate(h.date)} ${h.name}`)).toEqual([
      '2026-01-01 Nieuwjaarsdag',
      '2026-04-03 Goede Vrijdag',
      '2026-04-05 Eerste Paasdag',
      '2026-04-06 Tweede Paasdag',
      '2026-04-27 Koningsdag',
      '2026-05-05 Bevrijdingsdag',
      '2026-05-14 Hemelvaartsdag',
      '2026-05-24 Eerste Pinksterdag',
      '2026-05-25 Tweede Pinksterdag',
      '2026-12-25 Eerste Kerstdag',
      '2026-12-26 Tweede Kerstdag',
    ]);
  });

  it.each([
    // 27 April 2025 and 2031 are Sundays: Koningsdag moves to the Saturday before.
    [2024, '2024-04-27', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-26', '2025-05-29', '2025-06-09'],
    [2027, '2027-04-27', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-27', '2028-05-25', '2028-06-05'],
    [2029, '2029-04-27', '2029-05-10', '2029-05-21'],
    [2030, '2030-04-27', '2030-05-30', '2030-06-10'],
    [2031, '2031-04-26', '2031-05-22', '2031-06-02'],
  ])('%i: Koningsdag %s, Hemelvaart %s, Tweede Pinksterdag %s', (year, king, asc, whit) => {
    const dates = dutchHolidays(year).map((h) => `${isoDate(h.date)} ${h.name}`);
    expect(dates).toContain(`${king} Koningsdag`);
    expect(dates).toContain(`${asc} Hemelvaartsdag`);
    expect(dates).toContain(`${whit} Tweede Pinksterdag`);
    expect(dates).toContain(`${year}-05-05 Bevrijdingsdag`);
  });

  it('Koninginnedag before 2014 (30 April, or 29 when the 30th is a Sunday)', () => {
    expect(dutchHolidays(2013).map((h) => isoDate(h.date))).toContain('2013-04-30');
    expect(dutchHolidays(2006).map((h) => isoDate(h.date))).toContain('2006-04-29');
  });

  it('has eleven holidays every year, all in that year, Koningsdag never on a Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (year) => {
        const list = dutchHolidays(year);
        expect(list).toHaveLength(11);
        for (const h of list) expect(h.date.year).toBe(year);
        const king = list.find((h) => h.name.startsWith('Konin'))!;
        expect(weekday(dayNumber(king.date))).not.toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay(day('2026-04-03'))).toBe(false); // Goede Vrijdag
    expect(isWorkingDay(day('2026-04-04'))).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-04-06'))).toBe(false); // Tweede Paasdag
    expect(isWorkingDay(day('2026-04-07'))).toBe(true);
    expect(isWorkingDay(day('2026-05-05'))).toBe(false); // Bevrijdingsdag, not a lustrum year
    // Thursday 2 April 2026 + 1 working day: Friday, Saturday, Sunday and Monday do not count.
    expect(iso(addWorkingDays(day('2026-04-02'), 1))).toBe('2026-04-07');
    // Friday 24 April 2026 + 10: Koningsdag, Bevrijdingsdag and the weekends are skipped.
    expect(iso(addWorkingDays(day('2026-04-24'), 10))).toBe('2026-05-12');
    // Over Christmas and New Year.
    expect(iso(addWorkingDays(day('2026-12-23'), 3))).toBe('2026-12-29');
    expect(iso(addWorkingDays(day('2026-12-30'), 2))).toBe('2027-01-04');
    expect(addWorkingDays(day('2026-06-01'), 0)).toBe(day('2026-06-01'));
    expect(() => addWorkingDays(0, -1)).toThrow(RangeError);
  });

  it('property: the due day is a working day with exactly n working days after the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2000-01-01'), max: day('2100-12-31') }),
        fc.integer({ min: 1, max: 60 }),
        (start, n) => {
          const due = addWorkingDays(start, n);
          expect(isWorkingDay(due)).toBe(true);
          expect(workingDaysBetween(start, due)).toBe(n);
          expect(workingDaysBetween(start, due - 1)).toBe(n - 1);
          // Seven calendar days per five working days, for the n days and at most six weekday
          // holidays in a window of up to 60 working days (Goede Vrijdag to Tweede Pinksterdag),
          // plus a weekend before the first day.
          expect(due - start).toBeGreaterThanOrEqual(n);
          expect(due - start).toBeLessThanOrEqual(Math.ceil(((n + 6) * 7) / 5) + 2);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('property: adding a + b working days equals adding a, then b; later starts end no earlier', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: day('2010-01-01'), max: day('2090-12-31') }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 20 }),
        (start, a, b, later) => {
          expect(addWorkingDays(start, a + b)).toBe(addWorkingDays(addWorkingDays(start, a), b));
          expect(addWorkingDays(start + later, a)).toBeGreaterThanOrEqual(addWorkingDays(start, a));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('response due time (Europe/Amsterdam)', () => {
  it('ends the due day at 23:59:59.999 Amsterdam time, in winter and in summer', () => {
    // Friday 24 April 2026, 12:00 in Amsterdam (CEST, UTC+2): due Tuesday 12 May.
    expect(responseDueAt(new Date('2026-04-24T10:00:00Z'), 10).toISOString()).toBe(
      '2026-05-12T21:59:59.999Z',
    );
    // Wednesday 2 December 2026 (CET, UTC+1): due Wednesday 16 December.
    expect(responseDueAt(new Date('2026-12-02T09:00:00Z'), 10).toISOString()).toBe(
      '2026-12-16T22:59:59.999Z',
    );
  });

  it('takes the Amsterdam date, not the UTC date, of the moment of submission', () => {
    // 23:30 UTC on Thursday 31 December 2026 is already Friday 1 January (a holiday) locally.
    expect(localDayNumber(new Date('2026-12-31T23:30:00Z'))).toBe(day('2027-01-01'));
    expect(responseDueAt(new Date('2026-12-31T23:30:00Z'), 1).toISOString()).toBe(
      '2027-01-04T22:59:59.999Z',
    );
    expect(responseDueAt(new Date('2026-12-31T22:30:00Z'), 1).toISOString()).toBe(
      '2027-01-04T22:59:59.999Z',
    );
  });

  it('finds local midnight across the DST changes', () => {
    expect(startOfLocalDay(day('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay(day('2026-03-30')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay(day('2026-10-25')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay(day('2026-10-26')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('property: the due moment is after submission and on a working day in Amsterdam', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z') }),
        fc.integer({ min: 1, max: 60 }),
        (at, n) => {
          fc.pre(!Number.isNaN(at.getTime()));
          const due = responseDueAt(at, n);
          expect(due.getTime()).toBeGreaterThan(at.getTime());
          const dueDay = localDayNumber(due);
          expect(isWorkingDay(dueDay)).toBe(true);
          expect(workingDaysBetween(localDayNumber(at), dueDay)).toBe(n);
          // One millisecond later it is the next local day.
          expect(localDayNumber(new Date(due.getTime() + 1))).toBe(dueDay + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
