import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { forwardRef, useId, type ReactNode } from 'react';

/** Ids that tie a control to its description and error (read out after the label). */
export function describedBy(id: string, description?: ReactNode, error?: ReactNode) {
  const ids = [description ? `${id}-description` : null, error ? `${id}-error` : null];
  return ids.filter(Boolean).join(' ') || undefined;
}

export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** Prefix read before the error text, e.g. "Fout:" (screen readers hear it is an error). */
  errorPrefix?: string;
  children: ReactNode;
}

/** Label, description and error around one control (every labelled field of the library). */
export function FieldFrame({
  id,
  label,
  description,
  error,
  errorPrefix,
  children,
}: FieldFrameProps) {
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
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

export interface TextFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  description?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  type?: 'text' | 'email' | 'password' | 'search';
  name?: string;
  autoComplete?: string;
  required?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  id?: string;
}

/** A labelled text input with its description and error message wired up for assistive tech. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  {
    label,
    value,
    onChange,
    description,
    error,
    errorPrefix,
    type = 'text',
    name,
    autoComplete,
    required,
    readOnly,
    maxLength,
    id: givenId,
  },
  ref,
) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldFrame
      id={id}
      label={label}
      description={description}
      error={error}
      errorPrefix={errorPrefix}
    >
      <Textbox
        ref={ref}
        id={id}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        required={required}
        aria-required={required || undefined}
        readOnly={readOnly}
        maxLength={maxLength}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
        // The browser's own bubbles would duplicate our messages; we validate on submit.
        onInvalid={(event) => event.preventDefault()}
      />
    </FieldFrame>
  );
});

export interface SelectFieldOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectFieldProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectFieldOption[];
  description?: ReactNode;
  error?: ReactNode;
  errorPrefix?: string;
  name?: string;
  id?: string;
}

export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, value, onChange, options, description, error, errorPrefix, name, id: givenId },
  ref,
) {
  const generated = useId();
  const id = givenId ?? generated;
  return (
    <FieldFrame
      id={id}
      label={label}
      description={description}
      error={error}
      errorPrefix={errorPrefix}
    >
      <Select
        ref={ref}
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        invalid={!!error}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {options.map((option) => (
          <SelectOption key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </SelectOption>
        ))}
      </Select>
    </FieldFrame>
  );
});

export interface RadioGroupFieldProps {
  legend: ReactNode;
  name: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string; lang?: string }[];
  description?: ReactNode;
}

export function RadioGroupField({
  legend,
  name,
  value,
  onChange,
  options,
  description,
}: RadioGroupFieldProps) {
  const id = useId();
  return (
    <Fieldset
      className="ins-fieldset"
      aria-describedby={description ? `${id}-description` : undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="ins-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {options.map((option) => (
        <FormField key={option.value} type="radio" className="ins-radio">
          <RadioButton
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <FormLabel htmlFor={`${id}-${option.value}`} type="radio" lang={option.lang}>
            {option.label}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

export interface CheckboxGroupFieldProps {
  legend: ReactNode;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { value: string; label: string }[];
  description?: ReactNode;
  /** The fieldset's id (forms move focus to it when it has an error). */
  id?: string;
  error?: ReactNode;
  /** Read before the error by screen readers ("Fout:"). */
  errorPrefix?: string;
  className?: string;
}

/** Several choices in one fieldset; long lists scroll inside it. */
export function CheckboxGroupField({
  legend,
  values,
  onChange,
  options,
  description,
  id: givenId,
  error,
  errorPrefix,
  className,
}: CheckboxGroupFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Fieldset
      id={givenId}
      className={['ins-fieldset', className].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description ? (
        <FormFieldDescription id={`${id}-description`} className="ins-field__description">
          {description}
        </FormFieldDescription>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="ins-inline-error">
          {errorPrefix ? <span className="ins-visually-hidden">{`${errorPrefix} `}</span> : null}
          {error}
        </p>
      ) : null}
      <div className="ins-checkbox-group">
        {options.map((option) => (
          <FormField key={option.value} type="checkbox" className="ins-radio">
            <Checkbox
              id={`${id}-${option.value}`}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            />
            <FormLabel htmlFor={`${id}-${option.value}`} type="checkbox">
              {option.label}
            </FormLabel>
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}

/** Row of form buttons, primary first. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="ins-form-actions">{children}</div>;
}
