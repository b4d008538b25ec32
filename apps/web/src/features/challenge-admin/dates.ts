/** The calendar day (reader's time zone) of an API moment, as `YYYY-MM-DD`; '' for none. */
export function toDayInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/**
 * A day from the date field as an API moment: the start of the day for an opening, the last
 * minute of the day for a closing (reader's time zone). Null for an empty field.
 */
export function fromDayInput(day: string, edge: 'start' | 'end'): string | null {
  if (!day) return null;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00' : '23:59:00'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
