import { Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './Form';

export interface DateFieldProps {
  id: string;
  label: ReactNode;
  /** `YYYY-MM-DD`, or '' for no date. */
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  required?: boolean;
  /** Earliest and latest date the picker offers (`YYYY-MM-DD`); the app still validates. */
  min?: string;
  max?: string;
  /** Told whether the browser holds a partly typed date it cannot read (its value is then ''). */
  onBadInput?: (bad: boolean) => void;
}

/**
 * A labelled calendar date (`<input type="date">`): the browser shows its own date picker and
 * keyboard input in the reader's locale, the value is always `YYYY-MM-DD`. Validation messages
 * come from the app (the browser's own bubbles are suppressed, like the other fields).
 */
export function DateField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  errorPrefix,
  required,
  min,
  max,
  onBadInput,
}: DateFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      description={description}
      error={error}
      errorPrefix={errorPrefix}
    >
      <Textbox
        id={id}
        type="date"
        className="ins-date-field"
        value={value}
        min={min}
        max={max}
        onChange={(event) => {
          onBadInput?.(event.target.validity.badInput);
          onChange(event.target.value);
        }}
        onBlur={(event) => onBadInput?.(event.target.validity.badInput)}
        required={required}
        aria-required={required || undefined}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onInvalid={(event) => event.preventDefault()}
      />
    </FieldFrame>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `YYYY-MM-DD` date that exists (no 31 February), between 1900 and 2999. */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const date = new Date(`${value}T00:00:00Z`);
  return (
    year >= 1900 &&
    year <= 2999 &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(value)
  );
}
