import { VisuallyHidden } from '@inspraak/web-ui';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { MAX_OPEN_TEXT, scaleRange, textLength, type FormQuestion } from '../answer-form';

export interface PulseQuestionFieldProps {
  /** Prefix of every id in the question (`<form>-q<number>`); the error summary links to it. */
  id: string;
  question: FormQuestion;
  number: number;
  value: number | string | undefined;
  onChange: (value: number | string | undefined) => void;
  /** A field error code (the form's or the API's). */
  error?: string;
}

/** The element to focus for a question (the error summary's links): its first control. */
export function questionControlId(id: string, question: FormQuestion): string {
  return question.type === 'OPEN_TEXT' ? `${id}-text` : `${id}-option-0`;
}

/** One question: a scale as a row of large radios, a choice as radios, open text as a textarea. */
export function PulseQuestionField({
  id,
  question,
  number,
  value,
  onChange,
  error,
}: PulseQuestionFieldProps) {
  const { t } = useTranslation('pulse-answer');
  const { language } = useLanguage();
  const errorText = error ? questionErrorText(t, error) : undefined;
  const title = (
    <>
      <span className="ins-pulse-q__number">{`${number}.`}</span>{' '}
      <span>{question.text[language]}</span>
      {question.required ? (
        <>
          <span aria-hidden="true" className="ins-pulse-q__required">
            {' *'}
          </span>
          <VisuallyHidden>{` ${t('form.required')}`}</VisuallyHidden>
        </>
      ) : null}
    </>
  );
  const errorMessage = errorText ? (
    <p id={`${id}-error`} className="ins-pulse-q__error">
      <VisuallyHidden>{`${t('form.errorPrefix')} `}</VisuallyHidden>
      {errorText}
    </p>
  ) : null;

  if (question.type === 'OPEN_TEXT') {
    return (
      <OpenTextQuestion
        id={id}
        title={title}
        value={typeof value === 'string' ? value : ''}
        onChange={(text) => onChange(text)}
        error={errorMessage}
      />
    );
  }

  const range = scaleRange(question.type);
  const low = question.lowLabel?.[language];
  const high = question.highLabel?.[language];
  const options = range
    ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => {
        const n = range[0] + i;
        const end = n === range[0] ? low : n === range[1] ? high : undefined;
        return { value: n, label: String(n), end };
      })
    : question.options.map((o) => ({
        value: o.key,
        label: o.label[language],
        end: undefined,
      }));
  const hintId = `${id}-hint`;
  const describedBy = [range ? hintId : null, errorText ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      id={id}
      className={`ins-pulse-q${errorText ? ' ins-pulse-q--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={errorText ? true : undefined}
    >
      <legend className="ins-pulse-q__legend">{title}</legend>
      {range ? (
        <p id={hintId} className="ins-visually-hidden">
          {low && high
            ? t('form.scaleHint', { min: range[0], max: range[1], low, high })
            : t('form.scaleHintPlain', { min: range[0], max: range[1] })}
        </p>
      ) : null}
      {errorMessage}
      <div
        className={
          range ? `ins-pulse-scale ins-pulse-scale--${options.length}` : 'ins-pulse-choices'
        }
      >
        {options.map((option, index) => (
          <label
            key={option.value}
            className={range ? 'ins-pulse-scale__option' : 'ins-pulse-choice'}
            htmlFor={`${id}-option-${index}`}
          >
            <input
              id={`${id}-option-${index}`}
              type="radio"
              name={id}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className={range ? 'ins-pulse-scale__input' : 'ins-pulse-choice__input'}
            />
            <span className={range ? 'ins-pulse-scale__label' : 'ins-pulse-choice__label'}>
              {option.label}
              {option.end ? <VisuallyHidden>{` ${option.end}`}</VisuallyHidden> : null}
            </span>
          </label>
        ))}
      </div>
      {range && (low || high) ? (
        <div className="ins-pulse-scale__ends" aria-hidden="true">
          <span>{low ? `${range[0]} = ${low}` : ''}</span>
          <span>{high ? `${range[1]} = ${high}` : ''}</span>
        </div>
      ) : null}
    </fieldset>
  );
}

interface OpenTextQuestionProps {
  id: string;
  title: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error: ReactNode;
}

/** A textarea with its limit and a counter; screen readers hear the count once typing pauses. */
function OpenTextQuestion({ id, title, value, onChange, error }: OpenTextQuestionProps) {
  const { t } = useTranslation('pulse-answer');
  const count = textLength(value);
  const over = count - MAX_OPEN_TEXT;
  const counter =
    over > 0
      ? t('form.counterOver', { count, max: MAX_OPEN_TEXT, over })
      : t('form.counter', { count, max: MAX_OPEN_TEXT });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(count > 0 ? counter : ''), 1000);
    return () => clearTimeout(timer);
  }, [count, counter]);
  const describedBy = [`${id}-limit`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div id={id} className={`ins-pulse-q${error ? ' ins-pulse-q--invalid' : ''}`}>
      <label htmlFor={`${id}-text`} className="ins-pulse-q__legend">
        {title}
      </label>
      <p id={`${id}-limit`} className="ins-pulse-q__hint">
        {t('form.textLimit', { max: MAX_OPEN_TEXT })}
      </p>
      {error}
      <textarea
        id={`${id}-text`}
        className="ins-pulse-q__textarea utrecht-textarea"
        rows={5}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      <p
        className={`ins-pulse-q__counter${over > 0 ? ' ins-pulse-q__counter--over' : ''}`}
        aria-hidden="true"
      >
        {counter}
      </p>
      <p className="ins-visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}

type T = ReturnType<typeof useTranslation<'pulse-answer'>>['t'];

const KNOWN_ERRORS = ['MISSING_ANSWER', 'OUT_OF_RANGE', 'NOT_AN_OPTION', 'TOO_LONG'] as const;

/** A question's error code as a sentence. */
export function questionErrorText(t: T, code: string): string {
  const known = (KNOWN_ERRORS as readonly string[]).includes(code)
    ? (code as (typeof KNOWN_ERRORS)[number])
    : 'INVALID';
  return t(`form.errors.${known}`, { max: MAX_OPEN_TEXT });
}
