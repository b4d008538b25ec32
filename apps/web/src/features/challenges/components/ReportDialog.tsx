import {
  Alert,
  Dialog,
  Paragraph,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  TextAreaField,
} from '@inspraak/web-ui';
import { useMutation } from '@apollo/client/react';
import { REPORT_REASONS } from '@inspraak/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { ReportReason } from '../../../gql/graphql';
import { apiErrorCode } from '../../../lib/graphql-errors';
import { challengeProblem } from '../challenge-errors';
import { ReportContentMutation } from '../graphql/challenge-mutations';

const TEXT_MAX = 1000;

export interface ReportDialogProps {
  kind: 'idea' | 'comment';
  contentId: string;
  onClose: () => void;
}

/** Report an idea or comment to the moderators: a reason, and a text (needed for "other"). */
export function ReportDialog({ kind, contentId, onClose }: ReportDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const textId = useId();
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; text?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [report, { loading }] = useMutation(ReportContentMutation);

  const submit = async () => {
    const next: typeof errors = {};
    if (!reason) next.reason = t('challenges.report.reasonRequired');
    if (reason === 'OTHER' && !text.trim()) next.text = t('challenges.report.textRequired');
    setErrors(next);
    if (next.reason || next.text || !reason) return;
    setProblem(null);
    try {
      await report({
        variables: {
          input: { kind, contentId, reason, text: text.trim() ? text.trim() : null },
        },
      });
      toast(t('challenges.report.done'));
      onClose();
    } catch (caught) {
      setProblem(
        apiErrorCode(caught) === 'CONFLICT'
          ? t('challenges.report.already')
          : challengeProblem(t, caught),
      );
    }
  };

  return (
    <Dialog
      open
      title={
        kind === 'idea' ? t('challenges.report.titleIdea') : t('challenges.report.titleComment')
      }
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            type="button"
            busy={loading}
            disabled={loading}
            onClick={() => void submit()}
          >
            {t('challenges.report.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <Paragraph>{t('challenges.report.intro')}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <RadioGroupField
        legend={t('challenges.report.reason')}
        name={`report-reason-${contentId}`}
        value={reason}
        onChange={(value) => setReason(value as ReportReason)}
        options={REPORT_REASONS.map((value) => ({
          value,
          label: t(`challenges.report.reasons.${value}`),
        }))}
        description={errors.reason}
      />
      <TextAreaField
        id={textId}
        label={
          reason === 'OTHER'
            ? t('challenges.report.textRequiredLabel')
            : t('challenges.report.text')
        }
        value={text}
        onChange={setText}
        maxLength={TEXT_MAX}
        error={errors.text}
        errorPrefix={t('common.errorPrefix')}
        required={reason === 'OTHER'}
      />
    </Dialog>
  );
}
