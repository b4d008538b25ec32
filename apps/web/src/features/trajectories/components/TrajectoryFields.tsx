import { CheckboxGroupField, RadioGroupField, TextAreaField, TextField } from '@inspraak/web-ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryVisibility } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { useOrgUnits } from '../../org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../org-units/org-unit-tree';
import { trajectoryFieldError } from '../trajectory-errors';

export type TrajectoryField =
  'title' | 'problemStatement' | 'goals' | 'responseTargetDays' | 'orgUnitIds';
const ORDER: readonly TrajectoryField[] = [
  'title',
  'problemStatement',
  'goals',
  'responseTargetDays',
  'orgUnitIds',
];

export interface TrajectoryFormValues {
  title: string;
  problemStatement: string;
  goals: string;
  /** Only where the form shows the response target (editing). */
  responseTargetDays?: string;
  visibility: TrajectoryVisibility;
  orgUnitIds: string[];
}

/** The response target in working days: a whole number from 1 to 60, or null. */
export function parseResponseTargetDays(value: string): number | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const days = Number(value.trim());
  return days >= 1 && days <= 60 ? days : null;
}

/**
 * State of the trajectory form (new trajectory page and the edit dialog): values, field errors
 * and focus on the first wrong field, after the form's own checks or the API's field errors.
 */
export function useTrajectoryForm(initial: TrajectoryFormValues) {
  const formId = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<TrajectoryField, string>>>({});
  const id = (field: TrajectoryField) => `${formId}-${field}`;
  const focusField = (field: TrajectoryField) =>
    setTimeout(() => {
      const target =
        field === 'orgUnitIds'
          ? document.querySelector<HTMLElement>(`#${CSS.escape(id(field))} input`)
          : document.getElementById(id(field));
      target?.focus();
    }, 0);
  const set =
    <K extends keyof TrajectoryFormValues>(key: K) =>
    (value: TrajectoryFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const showErrors = (found: Partial<Record<TrajectoryField, string>>): boolean => {
    setErrors(found);
    const first = ORDER.find((field) => found[field]);
    if (first) focusField(first);
    return Boolean(first);
  };
  return {
    formId,
    values,
    errors,
    id,
    set,
    /** The form's own checks; false (and the first wrong field focused) when something is off. */
    validate(): boolean {
      const found: Partial<Record<TrajectoryField, string>> = {};
      if (!values.title.trim()) found.title = 'REQUIRED';
      if (!values.problemStatement.trim()) found.problemStatement = 'REQUIRED';
      if (
        values.responseTargetDays !== undefined &&
        parseResponseTargetDays(values.responseTargetDays) === null
      ) {
        found.responseTargetDays = 'RANGE';
      }
      if (values.visibility === 'ORG_UNITS' && values.orgUnitIds.length === 0) {
        found.orgUnitIds = 'REQUIRED';
      }
      return !showErrors(found);
    },
    /** Shows the API's field errors; false when the refusal names no field of this form. */
    showApiErrors(caught: unknown): boolean {
      return showErrors(apiFieldErrors(caught));
    },
    /** What to send: trimmed texts, and units only for a trajectory limited to units. */
    input() {
      return {
        title: values.title.trim(),
        problemStatement: values.problemStatement.trim(),
        goals: values.goals.trim(),
        visibility: values.visibility,
        orgUnitIds: values.visibility === 'ORG_UNITS' ? values.orgUnitIds : [],
      };
    },
  };
}

export type TrajectoryForm = ReturnType<typeof useTrajectoryForm>;

/** The fields of the trajectory form, in order, with their errors. */
export function TrajectoryFields({ form }: { form: TrajectoryForm }) {
  const { t } = useTranslation();
  const { units } = useOrgUnits();
  const { values, errors, id, set } = form;
  const errorPrefix = t('common.errorPrefix');
  return (
    <>
      <TextField
        id={id('title')}
        label={t('trajectories.form.title')}
        value={values.title}
        onChange={set('title')}
        error={trajectoryFieldError(t, errors.title)}
        errorPrefix={errorPrefix}
        maxLength={200}
        autoComplete="off"
        required
      />
      <TextAreaField
        id={id('problemStatement')}
        label={t('trajectories.form.problemStatement')}
        description={t('trajectories.form.problemStatementHint')}
        value={values.problemStatement}
        onChange={set('problemStatement')}
        error={trajectoryFieldError(t, errors.problemStatement)}
        errorPrefix={errorPrefix}
        maxLength={5000}
        required
      />
      <TextAreaField
        id={id('goals')}
        label={t('trajectories.form.goals')}
        description={t('trajectories.form.goalsHint')}
        value={values.goals}
        onChange={set('goals')}
        error={trajectoryFieldError(t, errors.goals)}
        errorPrefix={errorPrefix}
        maxLength={5000}
      />
      {values.responseTargetDays !== undefined ? (
        <TextField
          id={id('responseTargetDays')}
          label={t('trajectories.form.responseTargetDays')}
          description={t('trajectories.form.responseTargetDaysHint')}
          value={values.responseTargetDays}
          onChange={set('responseTargetDays')}
          error={
            errors.responseTargetDays === 'RANGE'
              ? t('trajectories.form.responseTargetDaysRange')
              : trajectoryFieldError(t, errors.responseTargetDays)
          }
          errorPrefix={errorPrefix}
          maxLength={2}
          autoComplete="off"
          required
        />
      ) : null}
      <RadioGroupField
        legend={t('trajectories.form.visibility')}
        name={`${form.formId}-visibility`}
        value={values.visibility}
        onChange={(value) => set('visibility')(value as TrajectoryVisibility)}
        options={[
          { value: 'ORGANISATION', label: t('trajectories.visibility.ORGANISATION') },
          { value: 'ORG_UNITS', label: t('trajectories.visibility.ORG_UNITS') },
        ]}
      />
      {values.visibility === 'ORG_UNITS' ? (
        <CheckboxGroupField
          id={id('orgUnitIds')}
          legend={t('trajectories.form.orgUnits')}
          description={t('trajectories.form.orgUnitsHint')}
          error={
            errors.orgUnitIds === 'REQUIRED'
              ? t('trajectories.form.orgUnitsRequired')
              : trajectoryFieldError(t, errors.orgUnitIds)
          }
          errorPrefix={errorPrefix}
          values={values.orgUnitIds}
          onChange={set('orgUnitIds')}
          options={orgUnitOptions(units)}
        />
      ) : null}
    </>
  );
}
