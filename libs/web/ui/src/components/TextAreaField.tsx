import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

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
  const describedBy =
    [description ? `${id}-description` : null, error ? `${id}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <FormField invalid={!!error} className="ins-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="ins-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <FormFieldErrorMessage id={`${id}-error`} className="ins-field__error">
          {errorPrefix ? <span className="ins-visually-hidden">{`${errorPrefix} `}</span> : null}
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <div className="utrecht-form-field__input">
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
          aria-describedby={describedBy}
          onInvalid={(event) => event.preventDefault()}
        />
      </div>
    </FormField>
  );
}
