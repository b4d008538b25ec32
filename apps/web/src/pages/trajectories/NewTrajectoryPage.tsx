import { ButtonRow, PageHeading, PrimaryActionButton } from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import {
  TrajectoryFields,
  useTrajectoryForm,
} from '../../features/trajectories/components/TrajectoryFields';
import { useCreateTrajectory } from '../../features/trajectories/hooks/useCreateTrajectory';

export function NewTrajectoryPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { createTrajectory, loading } = useCreateTrajectory();
  const form = useTrajectoryForm({
    title: '',
    problemStatement: '',
    goals: '',
    visibility: 'ORGANISATION',
    orgUnitIds: [],
  });
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!form.validate()) return;
    try {
      const created = await createTrajectory(form.input());
      if (!created) throw new Error('no answer');
      toast(t('trajectories.form.created', { title: created.title }));
      void navigate(`/trajecten/${created.id}`);
    } catch (caught) {
      if (!form.showApiErrors(caught)) setProblem(t('common.saveFailed'));
    }
  };

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
        <TrajectoryFields form={form} />
        <ButtonRow>
          <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
            {t('trajectories.form.submit')}
          </PrimaryActionButton>
        </ButtonRow>
      </form>
    </>
  );
}
