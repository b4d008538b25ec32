import {
  DateField,
  Dialog,
  isCalendarDate,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
  type SelectFieldOption,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { trajectoryFieldError, trajectoryProblem } from '../trajectory-errors';

export interface FormFieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select' | 'date' | 'number';
  options?: readonly SelectFieldOption[];
  description?: string;
  required?: boolean;
  maxLength?: number;
  /** Numbers only: the smallest and largest value accepted. */
  min?: number;
  max?: number;
  /** Left out (and not checked) while this says so, e.g. an amount for a qualitative item. */
  hidden?: (values: FormValues) => boolean;
}

export type FormValues = Record<string, string>;

export interface FormDialogProps {
  title: string;
  submitLabel: string;
  fields: readonly FormFieldSpec[];
  initial: FormValues;
  onClose: () => void;
  /** Throws the API error on failure; field errors land next to their fields. */
  onSubmit: (values: FormValues) => Promise<unknown>;
  onSaved: () => void;
}

/** "1.234,50", "1234.5" or "1 234" as a number; NaN when it is not one. */
export function parseAmount(value: string): number {
  const compact = value.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(compact)) return Number.NaN;
  // The last separator followed by one or two digits is the decimal sign; others group.
  const match = /^(.*?)[.,](\d{1,2})$/.exec(compact);
  const whole = (match ? match[1] : compact).replace(/[.,]/g, '');
  return Number(match ? `${whole}.${match[2]}` : whole);
}

/** The first problem with one field's value, as a code; undefined when it is fine. */
export function checkField(field: FormFieldSpec, raw: string | undefined, badDate = false) {
  const value = (raw ?? '').trim();
  if (field.kind === 'date' && badDate) return 'INVALID_DATE';
  if (!value) return field.required ? 'REQUIRED' : undefined;
  if (field.kind === 'date' && !isCalendarDate(value)) return 'INVALID_DATE';
  if (field.kind === 'number') {
    const number = parseAmount(value);
    if (Number.isNaN(number)) return 'INVALID_NUMBER';
    if ((field.min != null && number < field.min) || (field.max != null && number > field.max)) {
      return 'OUT_OF_RANGE';
    }
  }
  return undefined;
}

/**
 * A dialog with a small form: fields are checked on submit (required, real dates, numbers),
 * the API's field errors (`extensions.fields`) are shown next to the fields, focus moves to
 * the first problem.
 */
export function FormDialog({
  title,
  submitLabel,
  fields,
  initial,
  onClose,
  onSubmit,
  onSaved,
}: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<FormValues>(initial);
  const [badDates, setBadDates] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = fields.filter((field) => !field.hidden?.(values));
  const fieldId = (name: string) => `${formId}-${name}`;
  const focusField = (name: string) =>
    setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const field of shown) {
      const code = checkField(field, values[field.name], badDates[field.name]);
      if (code) found[field.name] = code;
    }
    setErrors(found);
    setProblem(null);
    const first = shown.find((field) => found[field.name]);
    if (first) {
      focusField(first.name);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(values);
      onSaved();
    } catch (caught) {
      const fromApi = apiFieldErrors(caught);
      const firstApi = shown.find((field) => fromApi[field.name]);
      if (firstApi) {
        setErrors(fromApi);
        focusField(firstApi.name);
      } else {
        setProblem(trajectoryProblem(t, caught));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {submitLabel}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        {shown.map((field) => {
          const common = {
            id: fieldId(field.name),
            label: field.label,
            description: field.description,
            value: values[field.name] ?? '',
            onChange: (value: string) =>
              setValues((current) => ({ ...current, [field.name]: value })),
            error: trajectoryFieldError(t, errors[field.name]),
            errorPrefix: t('common.errorPrefix'),
          };
          if (field.kind === 'select')
            return <SelectField key={field.name} {...common} options={field.options ?? []} />;
          if (field.kind === 'date')
            return (
              <DateField
                key={field.name}
                {...common}
                required={field.required}
                onBadInput={(bad) =>
                  setBadDates((current) =>
                    current[field.name] === bad ? current : { ...current, [field.name]: bad },
                  )
                }
              />
            );
          if (field.kind === 'textarea')
            return (
              <TextAreaField
                key={field.name}
                {...common}
                required={field.required}
                maxLength={field.maxLength ?? 5000}
              />
            );
          return (
            <TextField
              key={field.name}
              {...common}
              required={field.required}
              maxLength={field.maxLength ?? 300}
              autoComplete="off"
            />
          );
        })}
      </form>
    </Dialog>
  );
}
