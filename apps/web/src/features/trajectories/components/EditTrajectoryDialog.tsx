import {
  CheckboxGroupField,
  Dialog,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { TrajectoryVisibility } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { useOrgUnits } from '../../org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../org-units/org-unit-tree';
import { UpdateTrajectoryMutation } from '../graphql/trajectory-mutations';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { trajectoryFieldError, trajectoryProblem } from '../trajectory-errors';
import type { TrajectoryDetail } from './types';

type Field = 'title' | 'problemStatement' | 'goals' | 'responseTargetDays' | 'orgUnitIds';
const ORDER: readonly Field[] = [
  'title',
  'problemStatement',
  'goals',
  'responseTargetDays',
  'orgUnitIds',
];

/** The response target in working days: a whole number from 1 to 60, or null. */
export function parseResponseTargetDays(value: string): number | null {
  if (!/^\d{1,2}$/.test(value.trim())) return null;
  const days = Number(value.trim());
  return days >= 1 && days <= 60 ? days : null;
}

/**
 * Title, problem statement, goals, the response target for feedback and who may see the
 * trajectory (updateTrajectory).
 */
export function EditTrajectoryDialog({
  trajectory,
  onClose,
}: {
  trajectory: TrajectoryDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const toast = useToast();
  const { units } = useOrgUnits();
  const update = useTrajectoryChange(UpdateTrajectoryMutation, trajectory.id);
  const [values, setValues] = useState({
    title: trajectory.title,
    problemStatement: trajectory.problemStatement,
    goals: trajectory.goals,
    responseTargetDays: String(trajectory.responseTargetDays),
  });
  const [visibility, setVisibility] = useState<TrajectoryVisibility>(trajectory.visibility);
  const [orgUnitIds, setOrgUnitIds] = useState<string[]>([...trajectory.orgUnitIds]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${formId}-${field}`;
  const focusField = (field: Field) =>
    setTimeout(() => {
      const target =
        field === 'orgUnitIds'
          ? document.querySelector<HTMLElement>(`#${CSS.escape(id(field))} input`)
          : document.getElementById(id(field));
      target?.focus();
    }, 0);
  const set = (key: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = 'REQUIRED';
    if (!values.problemStatement.trim()) found.problemStatement = 'REQUIRED';
    const responseTargetDays = parseResponseTargetDays(values.responseTargetDays);
    if (responseTargetDays === null) found.responseTargetDays = 'RANGE';
    if (visibility === 'ORG_UNITS' && orgUnitIds.length === 0) found.orgUnitIds = 'REQUIRED';
    setErrors(found);
    setProblem(null);
    const first = ORDER.find((field) => found[field]);
    if (first) {
      focusField(first);
      return;
    }
    setBusy(true);
    try {
      await update.run({
        input: {
          id: trajectory.id,
          title: values.title.trim(),
          problemStatement: values.problemStatement.trim(),
          goals: values.goals.trim(),
          responseTargetDays,
          visibility,
          orgUnitIds: visibility === 'ORG_UNITS' ? orgUnitIds : [],
        },
      });
      toast(t('trajectories.edit.saved'));
      onClose();
    } catch (caught) {
      const fromApi = apiFieldErrors(caught) as Partial<Record<Field, string>>;
      const firstApi = ORDER.find((field) => fromApi[field]);
      if (firstApi) {
        setErrors(fromApi);
        focusField(firstApi);
      } else setProblem(trajectoryProblem(t, caught));
    } finally {
      setBusy(false);
    }
  };

  const unitError =
    errors.orgUnitIds === 'REQUIRED'
      ? t('trajectories.form.orgUnitsRequired')
      : trajectoryFieldError(t, errors.orgUnitIds);

  return (
    <Dialog
      open
      title={t('trajectories.edit.title')}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {t('common.save')}
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
        <TextField
          id={id('title')}
          label={t('trajectories.form.title')}
          value={values.title}
          onChange={set('title')}
          error={trajectoryFieldError(t, errors.title)}
          errorPrefix={t('common.errorPrefix')}
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
          errorPrefix={t('common.errorPrefix')}
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
          errorPrefix={t('common.errorPrefix')}
          maxLength={5000}
        />
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
          errorPrefix={t('common.errorPrefix')}
          maxLength={2}
          autoComplete="off"
          required
        />
        <RadioGroupField
          legend={t('trajectories.form.visibility')}
          name={`${formId}-visibility`}
          value={visibility}
          onChange={(value) => setVisibility(value as TrajectoryVisibility)}
          options={[
            { value: 'ORGANISATION', label: t('trajectories.visibility.ORGANISATION') },
            { value: 'ORG_UNITS', label: t('trajectories.visibility.ORG_UNITS') },
          ]}
        />
        {visibility === 'ORG_UNITS' ? (
          <div id={id('orgUnitIds')}>
            {unitError ? (
              <p className="ins-inline-error" role="alert">
                <span className="ins-visually-hidden">{`${t('common.errorPrefix')} `}</span>
                {unitError}
              </p>
            ) : null}
            <CheckboxGroupField
              legend={t('trajectories.form.orgUnits')}
              description={t('trajectories.form.orgUnitsHint')}
              values={orgUnitIds}
              onChange={setOrgUnitIds}
              options={orgUnitOptions(units)}
            />
          </div>
        ) : null}
      </form>
    </Dialog>
  );
}
