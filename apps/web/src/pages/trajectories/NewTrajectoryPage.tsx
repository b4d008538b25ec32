import {
  ButtonRow,
  CheckboxGroupField,
  PageHeading,
  PrimaryActionButton,
  RadioGroupField,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { useOrgUnits } from '../../features/org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../features/org-units/org-unit-tree';
import { useCreateTrajectory } from '../../features/trajectories/hooks/useCreateTrajectory';
import type { TrajectoryVisibility } from '../../gql/graphql';
import { fieldErrorText } from '../../lib/field-errors';
import { apiFieldErrors } from '../../lib/graphql-errors';

type Field = 'title' | 'problemStatement' | 'goals' | 'orgUnitIds';

export function NewTrajectoryPage() {
  const { t } = useTranslation();
  const formId = useId();
  const toast = useToast();
  const navigate = useNavigate();
  const { units } = useOrgUnits();
  const { createTrajectory, loading } = useCreateTrajectory();
  const [values, setValues] = useState({ title: '', problemStatement: '', goals: '' });
  const [visibility, setVisibility] = useState<TrajectoryVisibility>('ORGANISATION');
  const [orgUnitIds, setOrgUnitIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
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

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = 'REQUIRED';
    if (!values.problemStatement.trim()) found.problemStatement = 'REQUIRED';
    if (visibility === 'ORG_UNITS' && orgUnitIds.length === 0) found.orgUnitIds = 'REQUIRED';
    setErrors(found);
    setProblem(null);
    const first = (['title', 'problemStatement', 'goals', 'orgUnitIds'] as Field[]).find(
      (field) => found[field],
    );
    if (first) {
      focusField(first);
      return;
    }
    try {
      const created = await createTrajectory({
        title: values.title.trim(),
        problemStatement: values.problemStatement.trim(),
        goals: values.goals.trim(),
        visibility,
        orgUnitIds: visibility === 'ORG_UNITS' ? orgUnitIds : [],
      });
      if (!created) throw new Error('no answer');
      toast(t('trajectories.form.created', { title: created.title }));
      void navigate(`/trajecten/${created.id}`);
    } catch (caught) {
      const fromApi = apiFieldErrors(caught) as Partial<Record<Field, string>>;
      const firstApi = (['title', 'problemStatement', 'goals', 'orgUnitIds'] as Field[]).find(
        (field) => fromApi[field],
      );
      if (firstApi) {
        setErrors(fromApi);
        focusField(firstApi);
      } else setProblem(t('common.saveFailed'));
    }
  };

  const unitError =
    errors.orgUnitIds === 'REQUIRED'
      ? t('trajectories.form.orgUnitsRequired')
      : fieldErrorText(t, errors.orgUnitIds);

  return (
    <>
      <PageTitle title={t('trajectories.form.createTitle')} />
      <PageHeading
        eyebrow={<Link to="/trajecten">{t('trajectories.title')}</Link>}
        title={t('trajectories.form.createTitle')}
        lead={t('trajectories.form.lead')}
      />
      <form noValidate className="ins-trajectory-form" onSubmit={(event) => void onSubmit(event)}>
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
          error={fieldErrorText(t, errors.title)}
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
          error={fieldErrorText(t, errors.problemStatement)}
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
          error={fieldErrorText(t, errors.goals)}
          errorPrefix={t('common.errorPrefix')}
          maxLength={5000}
        />
        <RadioGroupField
          legend={t('trajectories.form.visibility')}
          name="visibility"
          value={visibility}
          onChange={(value) => setVisibility(value as TrajectoryVisibility)}
          options={[
            { value: 'ORGANISATION', label: t('trajectories.visibility.ORGANISATION') },
            { value: 'ORG_UNITS', label: t('trajectories.visibility.ORG_UNITS') },
          ]}
        />
        {visibility === 'ORG_UNITS' ? (
          <CheckboxGroupField
            id={id('orgUnitIds')}
            legend={t('trajectories.form.orgUnits')}
            description={t('trajectories.form.orgUnitsHint')}
            error={unitError}
            errorPrefix={t('common.errorPrefix')}
            values={orgUnitIds}
            onChange={setOrgUnitIds}
            options={orgUnitOptions(units)}
          />
        ) : null}
        <ButtonRow>
          <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
            {t('trajectories.form.submit')}
          </PrimaryActionButton>
        </ButtonRow>
      </form>
    </>
  );
}
