import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
  type SelectFieldOption,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';

export interface FormFieldSpec {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'select';
  options?: readonly SelectFieldOption[];
  description?: string;
  required?: boolean;
  maxLength?: number;
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

/**
 * A dialog with a small form: required fields are checked on submit, the API's field errors
 * (`extensions.fields`) are shown next to the fields, focus moves to the first problem.
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${formId}-${name}`;
  const focusField = (name: string) =>
    setTimeout(() => document.getElementById(fieldId(name))?.focus(), 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    for (const field of fields) {
      if (field.required && !(values[field.name] ?? '').trim()) found[field.name] = 'REQUIRED';
    }
    setErrors(found);
    setProblem(null);
    const first = fields.find((field) => found[field.name]);
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
      const firstApi = fields.find((field) => fromApi[field.name]);
      if (firstApi) {
        setErrors(fromApi);
        focusField(firstApi.name);
      } else {
        setProblem(
          apiErrorCode(caught) === 'FORBIDDEN'
            ? t('trajectories.workspace.forbidden')
            : t('common.saveFailed'),
        );
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
        {fields.map((field) => {
          const common = {
            id: fieldId(field.name),
            label: field.label,
            description: field.description,
            value: values[field.name] ?? '',
            onChange: (value: string) =>
              setValues((current) => ({ ...current, [field.name]: value })),
            error: fieldErrorText(t, errors[field.name]),
            errorPrefix: t('common.errorPrefix'),
          };
          if (field.kind === 'select')
            return <SelectField key={field.name} {...common} options={field.options ?? []} />;
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
