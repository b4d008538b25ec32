import { useMutation, useQuery } from '@apollo/client/react';
import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  TextAreaField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type {
  BulkFeedbackJobFieldsFragment as BulkJob,
  FeedbackStatus,
} from '../../../gql/graphql';
import { feedbackProblem } from '../feedback-errors';
import { RESPONSE_STATUSES } from '../feedback-status';
import {
  BulkFeedbackJobFieldsFragment,
  BulkRespondMutation,
  FeedbackTemplateFieldsFragment,
  FeedbackTemplatesQuery,
} from '../graphql/feedback';
import { bulkJobFinished, useBulkFeedbackJob } from '../hooks/useBulkFeedbackJob';
import { StatusSelect, TemplateSelect } from './FeedbackSelects';
import { RESPONSE_MAX } from './RespondForm';

/** The most inputs one bulk answer takes (the API's limit). */
export const BULK_MAX = 1000;

export interface BulkRespondDialogProps {
  inputIds: readonly string[];
  /** Templates of this trajectory are offered next to the organisation-wide ones. */
  trajectoryId: string | null;
  /** After the job finished and the dialog closes (reload the inbox, clear the selection). */
  onFinished: () => void;
  onClose: () => void;
}

/** The progress of a bulk answer: a bar, "12 of 40", and what failed. */
function BulkProgress({ job, failedToLoad }: { job: BulkJob | null; failedToLoad: boolean }) {
  const { t } = useTranslation();
  if (!job) return failedToLoad ? <p role="alert">{t('feedback.bulk.progressError')}</p> : null;
  const processed = job.done + job.failed;
  const finished = bulkJobFinished(job.state);
  return (
    <div className="ins-progress">
      <label htmlFor={`bulk-progress-${job.id}`}>{t('feedback.bulk.progressLabel')}</label>
      <progress id={`bulk-progress-${job.id}`} max={Math.max(job.total, 1)} value={processed} />
      <p aria-live="polite" role="status">
        {finished
          ? job.state === 'FAILED'
            ? t('feedback.bulk.failedState', { done: job.done, total: job.total })
            : t('feedback.bulk.finished', { done: job.done, failed: job.failed, total: job.total })
          : t('feedback.bulk.running', { processed, total: job.total })}
      </p>
      {finished && job.errors.length > 0 ? (
        <details>
          <summary>{t('feedback.bulk.errors', { count: job.errors.length })}</summary>
          <ul>
            {job.errors.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/**
 * One answer for many inputs: a status and a template or text. Up to 25 run at once; more run
 * as a job whose progress shows here (the dialog may be closed: the job goes on).
 */
export function BulkRespondDialog({
  inputIds,
  trajectoryId,
  onFinished,
  onClose,
}: BulkRespondDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [status, setStatus] = useState<FeedbackStatus>('UNDER_CONSIDERATION');
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const templates = useQuery(FeedbackTemplatesQuery, { variables: { trajectoryId } });
  const templateList = getFragmentData(
    FeedbackTemplateFieldsFragment,
    templates.data?.feedbackTemplates ?? [],
  );
  const template = templateList.find((candidate) => candidate.id === templateId) ?? null;
  const [bulkRespond, { loading }] = useMutation(BulkRespondMutation);
  const { job, error: jobError } = useBulkFeedbackJob(jobId);
  const finished = bulkJobFinished(job?.state);

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const chosen = templateList.find((candidate) => candidate.id === id);
    if (chosen && RESPONSE_STATUSES.includes(chosen.status)) setStatus(chosen.status);
    setTextError(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!template && !text.trim()) {
      setTextError(t('feedback.bulk.textOrTemplate'));
      document.getElementById(`${formId}-text`)?.focus();
      return;
    }
    setTextError(undefined);
    try {
      const result = await bulkRespond({
        variables: {
          input: {
            inputIds: [...inputIds],
            status,
            text: template ? null : text.trim(),
            templateId: template ? template.id : null,
          },
        },
      });
      const started = result.data
        ? getFragmentData(BulkFeedbackJobFieldsFragment, result.data.bulkRespond)
        : null;
      if (started) setJobId(started.id);
    } catch (caught) {
      setProblem(feedbackProblem(t, caught));
    }
  };

  const close = () => {
    if (jobId) onFinished();
    onClose();
  };

  return (
    <Dialog
      open
      title={t('feedback.bulk.title', { count: inputIds.length })}
      onClose={close}
      closeLabel={t('common.close')}
      actions={
        jobId ? (
          <PrimaryActionButton type="button" onClick={close}>
            {finished ? t('feedback.bulk.backToInbox') : t('feedback.bulk.closeWhileRunning')}
          </PrimaryActionButton>
        ) : (
          <>
            <PrimaryActionButton type="submit" form={formId} busy={loading} disabled={loading}>
              {t('feedback.bulk.submit', { count: inputIds.length })}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={onClose}>
              {t('common.cancel')}
            </SecondaryActionButton>
          </>
        )
      }
    >
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      {jobId ? (
        <BulkProgress job={job} failedToLoad={!!jobError} />
      ) : (
        <form id={formId} noValidate className="ins-bulk-form" onSubmit={(e) => void submit(e)}>
          <p>{t('feedback.bulk.intro', { count: inputIds.length })}</p>
          <TemplateSelect
            id={`${formId}-template`}
            templates={templateList}
            value={templateId}
            onChange={chooseTemplate}
            emptyLabel={t('feedback.bulk.ownText')}
          />
          <StatusSelect
            id={`${formId}-status`}
            label={t('feedback.respond.status')}
            value={status}
            onChange={setStatus}
            statuses={RESPONSE_STATUSES}
          />
          {template ? (
            <div className="ins-template">
              <p className="ins-board-card__label">{t('feedback.bulk.templateText')}</p>
              <p className="ins-template__text">{template.text}</p>
            </div>
          ) : (
            <TextAreaField
              id={`${formId}-text`}
              label={t('feedback.respond.text')}
              description={t('feedback.bulk.textHint')}
              value={text}
              onChange={setText}
              error={textError}
              errorPrefix={t('common.errorPrefix')}
              maxLength={RESPONSE_MAX}
              required
            />
          )}
        </form>
      )}
    </Dialog>
  );
}
