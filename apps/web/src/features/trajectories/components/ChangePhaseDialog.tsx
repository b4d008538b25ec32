import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { SimPhase } from '../../../gql/graphql';
import { apiErrorCode, type ApiFieldError } from '../../../lib/graphql-errors';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useChangePhase } from '../hooks/useChangePhase';
import { phaseLabel, SIM_PHASE_ORDER } from '../trajectory-labels';
import type { TrajectoryDetail } from './types';

const KNOWN_REASONS = [
  'MANDATE_REQUIRED',
  'DECISION_RULE_REQUIRED',
  'SUCCESS_CRITERION_REQUIRED',
  'SOLUTION_OPTION_REQUIRED',
  'CRITERIA_NOT_EVALUATED',
  'PHASE_SKIPPED',
  'SAME_PHASE',
  'REASON_REQUIRED',
] as const;
type Reason = (typeof KNOWN_REASONS)[number] | 'OTHER';

/** Every typed reason the API gives in `extensions.fields` (PRECONDITION_FAILED). */
function reasonsOf(error: unknown): Reason[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const fields = error.errors[0]?.extensions?.['fields'];
  if (!Array.isArray(fields)) return [];
  const codes = (fields as ApiFieldError[]).map((entry) =>
    (KNOWN_REASONS as readonly string[]).includes(entry.code) ? (entry.code as Reason) : 'OTHER',
  );
  return [...new Set(codes)];
}

export function ChangePhaseDialog({
  trajectory,
  onClose,
}: {
  trajectory: TrajectoryDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const toast = useToast();
  const { changePhase, loading } = useChangePhase();
  const current = trajectory.phaseNumber;
  const targets = SIM_PHASE_ORDER.filter(
    (_, index) => index + 1 !== current && index + 1 <= current + 1,
  );
  const [to, setTo] = useState<SimPhase>(
    targets.find((phase) => SIM_PHASE_ORDER.indexOf(phase) + 1 > current) ??
      targets[0] ??
      'PREPARE',
  );
  const [reason, setReason] = useState('');
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const back = SIM_PHASE_ORDER.indexOf(to) + 1 < current;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setReasons([]);
    if (back && reason.trim().length < 3) {
      setReasons(['REASON_REQUIRED']);
      setTimeout(() => document.getElementById(`${formId}-reason`)?.focus(), 0);
      return;
    }
    try {
      await changePhase({ id: trajectory.id, to, reason: reason.trim() || null });
      toast(t('trajectories.changePhase.changed', { name: phaseLabel(t, to) }));
      onClose();
    } catch (caught) {
      const found = reasonsOf(caught);
      if (found.length > 0) setReasons(found);
      else
        setProblem(
          apiErrorCode(caught) === 'FORBIDDEN'
            ? t('trajectories.workspace.forbidden')
            : t('common.saveFailed'),
        );
    }
  };

  return (
    <Dialog
      open
      title={t('trajectories.changePhase.title')}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={loading} disabled={loading}>
            {t('trajectories.changePhase.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        {reasons.length > 0 ? (
          <div role="alert" className="ins-inline-error">
            <p>{t('trajectories.changePhase.failed')}</p>
            <UnorderedList>
              {reasons.map((code) => (
                <UnorderedListItem key={code}>
                  {t(`trajectories.changePhase.reasons.${code}`)}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </div>
        ) : null}
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <SelectField
          id={`${formId}-to`}
          label={t('trajectories.changePhase.to')}
          value={to}
          onChange={(value) => setTo(value as SimPhase)}
          options={targets.map((phase) => ({
            value: phase,
            label:
              SIM_PHASE_ORDER.indexOf(phase) + 1 < current
                ? t('trajectories.changePhase.back', { name: phaseLabel(t, phase) })
                : t('trajectories.changePhase.forward', { name: phaseLabel(t, phase) }),
          }))}
        />
        <TextAreaField
          id={`${formId}-reason`}
          label={t('trajectories.changePhase.reason')}
          description={t('trajectories.changePhase.reasonHint')}
          value={reason}
          onChange={setReason}
          required={back}
          maxLength={2000}
        />
      </form>
    </Dialog>
  );
}
