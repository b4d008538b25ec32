import { useMutation, useQuery } from '@apollo/client/react';
import { FormActions, PrimaryActionButton, SelectField, TextAreaField } from '@inspraak/web-ui';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { getFragmentData } from '../../../gql';
import type { FeedbackStatus } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { excerpt } from '../../../lib/excerpt';
import { fieldErrorText } from '../../../lib/field-errors';
import { newIdempotencyKey } from '../../../lib/idempotency';
import { formatDate } from '../../challenges/challenge-format';
import { feedbackFieldErrors, feedbackProblem } from '../feedback-errors';
import { fillTemplate, nextStatuses, responseTextRequired } from '../feedback-status';
import { StatusSelect, TemplateSelect } from './FeedbackSelects';
import {
  FeedbackTemplateFieldsFragment,
  FeedbackTemplatesQuery,
  RespondToInputMutation,
  TrajectoryDecisionsQuery,
} from '../graphql/feedback';

export const RESPONSE_MAX = 4000;

export interface RespondTarget {
  id: string;
  title: string;
  trajectoryId: string;
  status: FeedbackStatus;
  /** No public response yet: the text is required. */
  firstResponse: boolean;
}

export interface RespondFormProps {
  target: RespondTarget;
  /** Queries to load again after an answer (by operation name; only active ones run). */
  refetch: string[];
  /** The text field's label, e.g. "Antwoord op ‘…’" in a list of several forms. */
  textLabel?: string;
  /** Read after the button text (the input's title in a list). */
  submitSuffix?: ReactNode;
  /** Offer linking a decision of the trajectory (off in compact lists). */
  withDecision?: boolean;
  onDone?: () => void;
}

/** The status a new answer starts from: the current one when it can be chosen again. */
function initialStatus(current: FeedbackStatus, allowed: readonly FeedbackStatus[]) {
  if (allowed.includes(current)) return current;
  return allowed.includes('UNDER_CONSIDERATION') ? 'UNDER_CONSIDERATION' : (allowed[0] ?? current);
}

/**
 * Answer an input: a status, the public text (required for "not adopted" and the first answer),
 * optionally from a template and linked to a decision of the trajectory.
 */
export function RespondForm({
  target,
  refetch,
  textLabel,
  submitSuffix,
  withDecision = true,
  onDone,
}: RespondFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const formId = useId();
  const textId = `${formId}-text`;
  const allowed = nextStatuses(target.status);
  const [status, setStatus] = useState<FeedbackStatus>(() => initialStatus(target.status, allowed));
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [decisionId, setDecisionId] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const key = useRef(newIdempotencyKey());
  const templates = useQuery(FeedbackTemplatesQuery, {
    variables: { trajectoryId: target.trajectoryId },
  });
  const decisions = useQuery(TrajectoryDecisionsQuery, {
    variables: { id: target.trajectoryId },
    skip: !withDecision,
  });
  const [respond, { loading }] = useMutation(RespondToInputMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const templateList = getFragmentData(
    FeedbackTemplateFieldsFragment,
    templates.data?.feedbackTemplates ?? [],
  );
  const decisionList = decisions.data?.trajectory.decisions ?? [];
  const required = responseTextRequired(target.status, status, target.firstResponse);

  const chooseTemplate = (id: string) => {
    setTemplateId(id);
    const template = templateList.find((candidate) => candidate.id === id);
    if (!template) return;
    if (allowed.includes(template.status)) setStatus(template.status);
    setText(fillTemplate(template.text, target.title));
    setTextError(undefined);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (required && !text.trim()) {
      setTextError('REQUIRED');
      document.getElementById(textId)?.focus();
      return;
    }
    setTextError(undefined);
    try {
      await respond({
        variables: {
          input: {
            inputId: target.id,
            status,
            text: text.trim() || null,
            links: decisionId ? [{ kind: 'DECISION', targetId: decisionId }] : undefined,
            idempotencyKey: key.current,
          },
        },
      });
      key.current = newIdempotencyKey();
      setText('');
      setTemplateId('');
      setDecisionId('');
      toast(t('feedback.respond.published', { title: target.title }));
      onDone?.();
    } catch (caught) {
      const fields = feedbackFieldErrors(caught);
      if (fields.text) {
        setTextError(fields.text);
        document.getElementById(textId)?.focus();
      } else setProblem(feedbackProblem(t, caught));
    }
  };

  return (
    <form
      noValidate
      className="ins-respond-form"
      aria-label={t('feedback.respond.formLabel', { title: target.title })}
      onSubmit={(event) => void submit(event)}
    >
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <div className="ins-respond-form__row">
        <TemplateSelect
          id={`${formId}-template`}
          templates={templateList}
          value={templateId}
          onChange={chooseTemplate}
          emptyLabel={t('feedback.respond.noTemplate')}
          description={t('feedback.respond.templateHint')}
        />
        <StatusSelect
          id={`${formId}-status`}
          label={t('feedback.respond.status')}
          value={status}
          onChange={setStatus}
          statuses={allowed}
        />
      </div>
      <TextAreaField
        id={textId}
        label={textLabel ?? t('feedback.respond.text')}
        description={
          required ? t('feedback.respond.textRequiredHint') : t('feedback.respond.textHint')
        }
        value={text}
        onChange={setText}
        error={
          textError === 'REQUIRED'
            ? t('feedback.respond.textRequired')
            : fieldErrorText(t, textError)
        }
        errorPrefix={t('common.errorPrefix')}
        maxLength={RESPONSE_MAX}
        required={required}
      />
      {withDecision && decisionList.length > 0 ? (
        <SelectField
          id={`${formId}-decision`}
          label={t('feedback.respond.decision')}
          description={t('feedback.respond.decisionHint')}
          value={decisionId}
          onChange={setDecisionId}
          options={[
            { value: '', label: t('feedback.respond.noDecision') },
            ...decisionList.map((decision) => ({
              value: decision.id,
              label: `${excerpt(decision.outcome, 80)} (${formatDate(decision.decidedOn, language)})`,
            })),
          ]}
        />
      ) : null}
      <FormActions>
        <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
          {target.firstResponse ? t('feedback.respond.publish') : t('feedback.respond.update')}
          {submitSuffix}
        </PrimaryActionButton>
      </FormActions>
    </form>
  );
}
