/**
 * Working days in the Netherlands, for the feedback response time target: weekends and the
 * public holidays of the Algemene termijnenwet do not count. Written out here (no library) so
 * the rule is visible and tested:
 *
 * Nieuwjaarsdag (1 January), Goede Vrijdag, Eerste en Tweede Paasdag, Koningsdag (27 April, or
 * 26 April when the 27th is a Sunday; before 2014 Koninginnedag on 30 April, or 29 April when
 * that is a Sunday), Bevrijdingsdag (5 May, every year: the Algemene termijnenwet counts it
 * every year, not only in lustrum years), Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste
 * en Tweede Kerstdag.
 *
 * Days are civil dates in the Europe/Amsterdam time zone; they are represented as the number of
 * days since 1970-01-01 (a "day number"), which makes the arithmetic exact.
 */

export const FEEDBACK_TIME_ZONE = 'Europe/Amsterdam';

const DAY_MS = 86_400_000;

/** A civil date. */
export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export const dayNumber = (d: CivilDate): number =>
  Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);

export function civilDate(dayNo: number): CivilDate {
  const at = new Date(dayNo * DAY_MS);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

export const isoDate = (d: CivilDate): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** 0 = Sunday … 6 = Saturday. */
const weekday = (dayNo: number): number => (((dayNo + 4) % 7) + 7) % 7;

/** Easter Sunday of a Gregorian year: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

export interface Holiday {
  date: CivilDate;
  name: string;
}

/** The Dutch public holidays of `year` (the list above), in date order. */
export function dutchHolidays(year: number): Holiday[] {
  const easter = dayNumber(easterSunday(year));
  const fromEaster = (offset: number, name: string): Holiday => ({
    date: civilDate(easter + offset),
    name,
  });
  const fixed = (month: number, day: number, name: string): Holiday => ({
    date: { year, month, day },
    name,
  });
  let kingsDay: Holiday;
  if (year >= 2014) {
    const sunday = weekday(dayNumber({ year, month: 4, day: 27 })) === 0;
    kingsDay = fixed(4, sunday ? 26 : 27, 'Koningsdag');
  } else {
    const sunday = weekday(dayNumber({ year, month: 4, day: 30 })) === 0;
    kingsDay = fixed(4, sunday ? 29 : 30, 'Koninginnedag');
  }
  return [
    fixed(1, 1, 'Nieuwjaarsdag'),
    fromEaster(-2, 'Goede Vrijdag'),
    fromEaster(0, 'Eerste Paasdag'),
    fromEaster(1, 'Tweede Paasdag'),
    kingsDay,
    fixed(5, 5, 'Bevrijdingsdag'),
    fromEaster(39, 'Hemelvaartsdag'),
    fromEaster(49, 'Eerste Pinksterdag'),
    fromEaster(50, 'Tweede Pinksterdag'),
    fixed(12, 25, 'Eerste Kerstdag'),
    fixed(12, 26, 'Tweede Kerstdag'),
  ].sort((x, y) => dayNumber(x.date) - dayNumber(y.date));
}

const holidayCache = new Map<number, Set<number>>();

function holidayNumbers(year: number): Set<number> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(dutchHolidays(year).map((h) => dayNumber(h.date)));
    holidayCache.set(year, set);
  }
  return set;
}

export function isWorkingDay(dayNo: number): boolean {
  const w = weekday(dayNo);
  if (w === 0 || w === 6) return false;
  return !holidayNumbers(civilDate(dayNo).year).has(dayNo);
}

/** The `n`-th working day after `dayNo` (`dayNo` itself does not count); n ≥ 0. */
export function addWorkingDays(dayNo: number, n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let day = dayNo;
  for (let left = n; left > 0;) {
    day += 1;
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days in (from, to]: after `from`, up to and including `to`. */
export function workingDaysBetween(from: number, to: number): number {
  let n = 0;
  for (let day = from + 1; day <= to; day++) if (isWorkingDay(day)) n++;
  return n;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: FEEDBACK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

function zonedParts(at: Date) {
  const p = Object.fromEntries(
    partsFormat.formatToParts(at).map((x) => [x.type, Number(x.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return p;
}

/** The civil date (day number) of an instant in Amsterdam. */
export function localDayNumber(at: Date): number {
  const p = zonedParts(at);
  return dayNumber({ year: p.year, month: p.month, day: p.day });
}

/** Milliseconds Amsterdam is ahead of UTC at the instant `at` (3,600,000 or 7,200,000). */
function offsetAt(at: Date): number {
  const p = zonedParts(at);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant local midnight starts `dayNo` in Amsterdam (never in a DST gap there). */
export function startOfLocalDay(dayNo: number): Date {
  const naive = dayNo * DAY_MS;
  let utc = naive - offsetAt(new Date(naive));
  utc = naive - offsetAt(new Date(utc));
  return new Date(utc);
}

/**
 * When the first response to an input given at `submittedAt` is due: the end (23:59:59.999
 * Amsterdam time) of the `targetDays`-th working day after the day it was given.
 */
export function responseDueAt(submittedAt: Date, targetDays: number): Date {
  const due = addWorkingDays(localDayNumber(submittedAt), targetDays);
  return new Date(startOfLocalDay(due + 1).getTime() - 1);
}
