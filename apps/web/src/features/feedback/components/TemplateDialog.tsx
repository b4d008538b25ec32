import { useMutation } from '@apollo/client/react';
import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import type { FeedbackStatus, FeedbackTemplateFieldsFragment } from '../../../gql/graphql';
import { fieldErrorText } from '../../../lib/field-errors';
import { feedbackFieldErrors, feedbackProblem } from '../feedback-errors';
import { RESPONSE_STATUSES } from '../feedback-status';
import {
  CreateFeedbackTemplateMutation,
  UpdateFeedbackTemplateMutation,
} from '../graphql/feedback';
import { StatusSelect } from './FeedbackSelects';
import { RESPONSE_MAX } from './RespondForm';

export interface TemplateDialogProps {
  /** Null: a new template. */
  template: FeedbackTemplateFieldsFragment | null;
  /** Where a new template goes by default ('' = organisation-wide). */
  defaultTrajectoryId: string;
  trajectories: readonly { id: string; title: string }[];
  onClose: () => void;
}

type Field = 'title' | 'text';

/** Create or edit a response template: title, the status it sets, its text, and its scope. */
export function TemplateDialog({
  template,
  defaultTrajectoryId,
  trajectories,
  onClose,
}: TemplateDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  const [title, setTitle] = useState(template?.title ?? '');
  const [status, setStatus] = useState<FeedbackStatus>(template?.status ?? 'UNDER_CONSIDERATION');
  const [text, setText] = useState(template?.text ?? '');
  const [trajectoryId, setTrajectoryId] = useState(
    template ? (template.trajectory?.id ?? '') : defaultTrajectoryId,
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const options = { refetchQueries: ['FeedbackTemplates'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateFeedbackTemplateMutation, options);
  const [update, updating] = useMutation(UpdateFeedbackTemplateMutation, options);
  const busy = creating.loading || updating.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found: Partial<Record<Field, string>> = {};
    if (!title.trim()) found.title = 'REQUIRED';
    if (!text.trim()) found.text = 'REQUIRED';
    setErrors(found);
    const first = (['title', 'text'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(`${formId}-${first}`)?.focus();
      return;
    }
    const input = {
      title: title.trim(),
      status,
      text: text.trim(),
      trajectoryId: trajectoryId || null,
    };
    try {
      if (template) await update({ variables: { id: template.id, input } });
      else await create({ variables: { input } });
      toast(t('feedback.templates.saved', { title: input.title }));
      onClose();
    } catch (caught) {
      const fields = feedbackFieldErrors(caught);
      if (fields.title || fields.text) setErrors({ title: fields.title, text: fields.text });
      else setProblem(feedbackProblem(t, caught));
    }
  };

  return (
    <Dialog
      open
      title={template ? t('feedback.templates.editTitle') : t('feedback.templates.newTitle')}
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
      <form
        id={formId}
        noValidate
        className="ins-template-form"
        onSubmit={(event) => void submit(event)}
      >
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <TextField
          id={`${formId}-title`}
          label={t('feedback.templates.name')}
          value={title}
          onChange={setTitle}
          error={fieldErrorText(t, errors.title)}
          errorPrefix={t('common.errorPrefix')}
          maxLength={200}
          autoComplete="off"
          required
        />
        <StatusSelect
          id={`${formId}-status`}
          label={t('feedback.respond.status')}
          value={status}
          onChange={setStatus}
          statuses={RESPONSE_STATUSES}
        />
        <TextAreaField
          id={`${formId}-text`}
          label={t('feedback.respond.text')}
          description={t('feedback.templates.textHint')}
          value={text}
          onChange={setText}
          error={fieldErrorText(t, errors.text)}
          errorPrefix={t('common.errorPrefix')}
          maxLength={RESPONSE_MAX}
          required
        />
        <SelectField
          id={`${formId}-scope`}
          label={t('feedback.templates.scope')}
          description={t('feedback.templates.scopeHint')}
          value={trajectoryId}
          onChange={setTrajectoryId}
          options={[
            { value: '', label: t('feedback.templates.organisation') },
            ...trajectories.map((trajectory) => ({
              value: trajectory.id,
              label: trajectory.title,
            })),
          ]}
        />
      </form>
    </Dialog>
  );
}
