import { Alert, FormActions, PrimaryActionButton } from '@inspraak/web-ui';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { apiErrorCode } from '../../../lib/graphql-errors';
import {
  answerErrorsFromApi,
  checkAnswers,
  groupQuestions,
  toAnswerInputs,
  type AnswerErrors,
  type Answers,
  type FormDimension,
  type FormQuestion,
} from '../answer-form';
import { SubmitPulseResponseMutation } from '../graphql/pulse-answer';
import { useIdempotencyKey } from '../hooks/useIdempotencyKey';
import { PulseQuestionField, questionControlId, questionErrorText } from './PulseQuestionField';

export type SubmitOutcome = 'stored' | 'alreadyAnswered';

type Problem = 'network' | 'closed' | 'notOpen' | 'unexpected';

export interface PulseAnswerFormProps {
  roundId: string;
  questions: readonly FormQuestion[];
  dimensions: readonly FormDimension[];
  /** Owners' preview: the questions can be tried, nothing can be sent. */
  preview?: boolean;
  /** After the API stored the answers (or said they were stored before). */
  onDone: (outcome: SubmitOutcome) => void;
  /** The round changed under the form (closed): the page reloads it. */
  onRoundChanged?: () => void;
}

function fieldEntries(error: unknown): { field?: unknown; code?: unknown }[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  const fields = error.errors[0]?.extensions?.['fields'];
  return Array.isArray(fields) ? (fields as { field?: unknown; code?: unknown }[]) : [];
}

/** The questions grouped by dimension, an error summary on top, and one send button. */
export function PulseAnswerForm({
  roundId,
  questions,
  dimensions,
  preview = false,
  onDone,
  onRoundChanged,
}: PulseAnswerFormProps) {
  const { t } = useTranslation('pulse-answer');
  const { language } = useLanguage();
  const formId = useId().replace(/:/g, '');
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const summary = useRef<HTMLDivElement>(null);
  const idempotency = useIdempotencyKey(roundId);
  const [submit] = useMutation(SubmitPulseResponseMutation);
  const groups = useMemo(() => groupQuestions(questions, dimensions), [questions, dimensions]);
  const numbered = groups.flatMap((g) => g.questions);
  const idOf = (number: number) => `${formId}-q${number}`;

  // Focus moves once the summary is rendered: an effect after the commit, not a timer that may
  // fire before React has rendered the problem (then nothing would take focus).
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) summary.current?.focus();
  }, [focusRequest]);
  const focusSummary = () => setFocusRequest((n) => n + 1);

  const setAnswer = (key: string, value: number | string | undefined) => {
    setAnswers((current) => ({ ...current, [key]: value }));
    // A fixed answer loses its error (the summary keeps the others).
    if (errors[key]) {
      setErrors((current) => {
        const next = { ...current };
        delete next[key];
        return next;
      });
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (preview || sending.current) return;
    const found = checkAnswers(questions, answers);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusSummary();
      return;
    }
    const sent = toAnswerInputs(questions, answers);
    sending.current = true;
    setBusy(true);
    try {
      await submit({
        variables: { input: { roundId, answers: sent, idempotencyKey: idempotency.get() } },
      });
      idempotency.clear();
      onDone('stored');
    } catch (caught) {
      const code = apiErrorCode(caught);
      const fields = fieldEntries(caught);
      const fieldCodes = fields.map((f) => f.code);
      if (code === 'CONFLICT' && fieldCodes.includes('ALREADY_ANSWERED')) {
        idempotency.clear();
        onDone('alreadyAnswered');
        return;
      }
      if (code === 'BAD_USER_INPUT') {
        const fromApi = answerErrorsFromApi(fields, sent, questions);
        if (Object.keys(fromApi).length > 0) {
          setErrors(fromApi);
          focusSummary();
          return;
        }
      }
      if (code === 'PRECONDITION_FAILED') {
        setProblem(fieldCodes.includes('ROUND_NOT_OPEN') ? 'notOpen' : 'closed');
        onRoundChanged?.();
      } else if (code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE' || code === 'RATE_LIMITED') {
        // The key stays: trying again is safe even if the answer did arrive.
        setProblem('network');
      } else setProblem('unexpected');
      focusSummary();
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  const invalid = numbered.filter(({ question }) => errors[question.key]);
  const focusQuestion = (number: number, question: FormQuestion) => {
    const control =
      question.type === 'OPEN_TEXT'
        ? document.getElementById(questionControlId(idOf(number), question))
        : (document.querySelector<HTMLInputElement>(`#${CSS.escape(idOf(number))} input:checked`) ??
          document.getElementById(questionControlId(idOf(number), question)));
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  };

  return (
    <form
      noValidate
      className="ins-pulse-form"
      aria-label={t('title')}
      onSubmit={(event) => void onSubmit(event)}
    >
      {invalid.length > 0 || problem ? (
        <div ref={summary} tabIndex={-1} className="ins-form-alert ins-pulse-summary">
          <Alert type="error" role="alert">
            {problem ? (
              <p className="ins-pulse-summary__problem">{t(`form.problems.${problem}`)}</p>
            ) : (
              <>
                <p className="ins-pulse-summary__title">
                  <strong>{t('form.errorSummaryTitle')}</strong>
                </p>
                <p>{t('form.errorSummaryIntro', { count: invalid.length })}</p>
                <ul className="ins-pulse-summary__list">
                  {invalid.map(({ question, number }) => (
                    <li key={question.key}>
                      <a
                        href={`#${questionControlId(idOf(number), question)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          focusQuestion(number, question);
                        }}
                      >
                        {t('form.summaryItem', {
                          number,
                          error: questionErrorText(t, errors[question.key] ?? ''),
                        })}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        </div>
      ) : null}
      <p className="ins-pulse-form__note">{t('form.requiredNote')}</p>
      {groups.map((group) => {
        const body = group.questions.map(({ question, number }) => (
          <PulseQuestionField
            key={question.key}
            id={idOf(number)}
            question={question}
            number={number}
            value={answers[question.key]}
            onChange={(value) => setAnswer(question.key, value)}
            error={errors[question.key]}
          />
        ));
        // One group without a dimension needs no heading of its own.
        if (!group.name && groups.length === 1) return <div key="all">{body}</div>;
        return (
          <section
            key={group.key ?? 'other'}
            className="ins-pulse-dimension"
            aria-labelledby={`${formId}-dim-${group.key ?? 'other'}`}
          >
            <h2 id={`${formId}-dim-${group.key ?? 'other'}`} className="ins-pulse-dimension__title">
              {group.name ? group.name[language] : t('form.otherQuestions')}
            </h2>
            {body}
          </section>
        );
      })}
      {preview ? null : (
        <FormActions>
          <PrimaryActionButton type="submit" busy={busy} aria-disabled={busy || undefined}>
            {busy ? t('form.submitting') : t('form.submit')}
          </PrimaryActionButton>
        </FormActions>
      )}
    </form>
  );
}
