import { Dialog, PrimaryActionButton, SecondaryActionButton } from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { UpdateTrajectoryMutation } from '../graphql/trajectory-mutations';
import { useTrajectoryChange } from '../hooks/useTrajectoryChange';
import { trajectoryProblem } from '../trajectory-errors';
import { parseResponseTargetDays, TrajectoryFields, useTrajectoryForm } from './TrajectoryFields';
import type { TrajectoryDetail } from './types';

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
  const toast = useToast();
  const update = useTrajectoryChange(UpdateTrajectoryMutation, trajectory.id);
  const form = useTrajectoryForm({
    title: trajectory.title,
    problemStatement: trajectory.problemStatement,
    goals: trajectory.goals,
    responseTargetDays: String(trajectory.responseTargetDays),
    visibility: trajectory.visibility,
    orgUnitIds: [...trajectory.orgUnitIds],
  });
  const formId = form.formId;
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!form.validate()) return;
    setBusy(true);
    try {
      await update.run({
        input: {
          id: trajectory.id,
          ...form.input(),
          responseTargetDays: parseResponseTargetDays(form.values.responseTargetDays ?? ''),
        },
      });
      toast(t('trajectories.edit.saved'));
      onClose();
    } catch (caught) {
      if (!form.showApiErrors(caught)) setProblem(trajectoryProblem(t, caught));
    } finally {
      setBusy(false);
    }
  };

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
        <TrajectoryFields form={form} />
      </form>
    </Dialog>
  );
}
