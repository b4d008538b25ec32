import { Textarea } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './Form';

export interface TextAreaFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  required?: boolean;
  maxLength?: number;
}

/** A labelled multi-line field, wired like the design system's TextField. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  description,
  error,
  errorPrefix,
  required,
  maxLength,
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      description={description}
      error={error}
      errorPrefix={errorPrefix}
    >
      <Textarea
        id={id}
        value={value}
        rows={4}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-required={required || undefined}
        maxLength={maxLength}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        onInvalid={(event) => event.preventDefault()}
      />
    </FieldFrame>
  );
}
