import { useMutation } from '@apollo/client/react';
import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../../app/toasts';
import { useLanguage } from '../../../../i18n/useLanguage';
import { newIdempotencyKey } from '../../../../lib/idempotency';
import { CreatePulseActionMutation, UpdatePulseActionMutation } from '../../graphql/actions';
import { pick, type BilingualText } from '../../pulse-format';
import { ErrorSummary, type ErrorSummaryEntry } from '../ErrorSummary';
import {
  ACTION_FIELDS,
  ACTION_LIMITS,
  ACTION_START_STATUSES,
  actionApiFieldErrors,
  actionFieldError,
  actionProblem,
  validateAction,
  type ActionErrors,
  type ActionField,
  type ActionFormValues,
} from './action-form';

/** The round's themes and questions an action may be about. */
export interface ActionSubjects {
  dimensions: readonly { key: string; name: BilingualText }[];
  questions: readonly { key: string; dimension: string | null; text: BilingualText }[];
}

export interface PulseActionDialogProps {
  roundId: string;
  /** Null: a new action. */
  action: {
    id: string;
    title: string;
    description: string;
    dimension?: string | null;
    questionKey?: string | null;
  } | null;
  subjects: ActionSubjects;
  onClose: () => void;
}

/**
 * Publish an action on the round's outcome, or change one: title, public description, optional
 * theme and question (the questions narrowed to the chosen theme) and, for a new one, the status
 * it starts with. Problems are listed above the form and next to their fields.
 */
export function PulseActionDialog({ roundId, action, subjects, onClose }: PulseActionDialogProps) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const formId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  // One key per opened form: a retry after a lost answer publishes the action once.
  const idempotencyKey = useRef(newIdempotencyKey());
  const [values, setValues] = useState<ActionFormValues>({
    title: action?.title ?? '',
    description: action?.description ?? '',
    dimension: action?.dimension ?? '',
    questionKey: action?.questionKey ?? '',
    status: 'PLANNED',
  });
  const [errors, setErrors] = useState<ActionErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  // The list comes back with the new action (oldest first) from the results query.
  const [create, creating] = useMutation(CreatePulseActionMutation, {
    refetchQueries: ['PulseResults'],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdatePulseActionMutation);
  const busy = creating.loading || updating.loading;
  const fieldId = (field: ActionField) => `${formId}-${field}`;
  const set =
    <K extends keyof ActionFormValues>(key: K) =>
    (value: ActionFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  const questions = values.dimension
    ? subjects.questions.filter((question) => question.dimension === values.dimension)
    : subjects.questions;
  const chooseDimension = (dimension: string) =>
    setValues((current) => {
      const question = subjects.questions.find((q) => q.key === current.questionKey);
      const keep = !dimension || !question || question.dimension === dimension;
      return { ...current, dimension, questionKey: keep ? current.questionKey : '' };
    });

  const labels: Record<ActionField, string> = {
    title: t('actions.form.title'),
    description: t('actions.form.description'),
    dimension: t('actions.form.dimension'),
    questionKey: t('actions.form.question'),
    status: t('actions.form.status'),
  };
  const summary: ErrorSummaryEntry[] = ACTION_FIELDS.filter((field) => errors[field]).map(
    (field) => ({
      fieldId: fieldId(field),
      text: `${labels[field]}: ${actionFieldError(t, errors[field]) ?? ''}`,
    }),
  );
  const showErrors = (found: ActionErrors) => {
    setErrors(found);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };
  const error = (field: ActionField) => actionFieldError(t, errors[field]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const found = validateAction(values);
    if (Object.keys(found).length) {
      showErrors(found);
      return;
    }
    setErrors({});
    const subject = {
      title: values.title.trim(),
      description: values.description.trim(),
      dimension: values.dimension || null,
      questionKey: values.questionKey || null,
    };
    try {
      if (action) {
        await update({ variables: { input: { id: action.id, ...subject } } });
        toast(t('actions.form.saved', { title: subject.title }));
      } else {
        await create({
          variables: {
            input: {
              roundId,
              ...subject,
              status: values.status,
              idempotencyKey: idempotencyKey.current,
            },
          },
        });
        toast(t('actions.form.created', { title: subject.title }));
      }
      onClose();
    } catch (caught) {
      const fields = actionApiFieldErrors(caught);
      if (Object.keys(fields).length) showErrors(fields);
      else setProblem(actionProblem(t, caught));
    }
  };

  return (
    <Dialog
      open
      title={action ? t('actions.form.editTitle') : t('actions.form.newTitle')}
      onClose={onClose}
      closeLabel={tc('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {action ? t('actions.form.submitEdit') : t('actions.form.submitCreate')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {tc('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        className="ins-pulse-action-form"
        onSubmit={(event) => void submit(event)}
      >
        <p className="ins-pulse-note">{t('actions.form.lead')}</p>
        <ErrorSummary ref={summaryRef} entries={summary} />
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        <TextField
          id={fieldId('title')}
          label={labels.title}
          description={t('actions.form.titleHint')}
          value={values.title}
          onChange={set('title')}
          error={error('title')}
          errorPrefix={tc('common.errorPrefix')}
          maxLength={ACTION_LIMITS.title}
          autoComplete="off"
          required
        />
        <TextAreaField
          id={fieldId('description')}
          label={labels.description}
          description={t('actions.form.descriptionHint')}
          value={values.description}
          onChange={set('description')}
          error={error('description')}
          errorPrefix={tc('common.errorPrefix')}
          maxLength={ACTION_LIMITS.description}
          required
        />
        <SelectField
          id={fieldId('dimension')}
          label={labels.dimension}
          value={values.dimension}
          onChange={chooseDimension}
          error={error('dimension')}
          errorPrefix={tc('common.errorPrefix')}
          options={[
            { value: '', label: t('actions.form.noDimension') },
            ...subjects.dimensions.map((dimension) => ({
              value: dimension.key,
              label: pick(dimension.name, language),
            })),
          ]}
        />
        <SelectField
          id={fieldId('questionKey')}
          label={labels.questionKey}
          description={
            values.dimension
              ? t('actions.form.questionHintFiltered')
              : t('actions.form.questionHint')
          }
          value={values.questionKey}
          onChange={set('questionKey')}
          error={error('questionKey')}
          errorPrefix={tc('common.errorPrefix')}
          options={[
            { value: '', label: t('actions.form.noQuestion') },
            ...questions.map((question) => ({
              value: question.key,
              label: pick(question.text, language),
            })),
          ]}
        />
        {action ? null : (
          <SelectField
            id={fieldId('status')}
            label={labels.status}
            description={t('actions.form.statusHint')}
            value={values.status}
            onChange={(status) => set('status')(status as ActionFormValues['status'])}
            error={error('status')}
            errorPrefix={tc('common.errorPrefix')}
            options={ACTION_START_STATUSES.map((status) => ({
              value: status,
              label: tc(`feedback.statuses.${status}`),
            }))}
          />
        )}
      </form>
    </Dialog>
  );
}
