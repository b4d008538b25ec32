import { FieldError } from '@inspraak/server-errors';
import { PulseQuestion, PulseQuestionType, scaleRange } from './questions';

/** Longest open-text answer (characters). */
export const MAX_OPEN_TEXT = 1000;

/** One answer as the client sends it: `value` for scales, `choice` for options, `text` for open text. */
export interface AnswerInput {
  questionKey: string;
  value?: number | null;
  choice?: string | null;
  text?: string | null;
}

/** Closed answers (stored together as the response) and open texts (stored apart as comments). */
export interface ValidAnswers {
  closed: Record<string, number | string>;
  texts: { questionKey: string; text: string }[];
}

const err = (index: number, part: string, code: string, message: string): FieldError => ({
  field: `input.answers[${index}]${part ? `.${part}` : ''}`,
  code,
  message,
});

/**
 * Checks answers against the round's questions. Errors name the field and a stable code and
 * never repeat what was answered (error messages end up in logs and on screens).
 */
export function validateAnswers(
  questions: readonly PulseQuestion[],
  answers: readonly AnswerInput[],
): { ok: ValidAnswers } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const seen = new Set<string>();
  const closed: Record<string, number | string> = {};
  const texts: ValidAnswers['texts'] = [];
  answers.forEach((a, i) => {
    const q = typeof a.questionKey === 'string' ? byKey.get(a.questionKey) : undefined;
    if (!q) {
      errors.push(err(i, 'questionKey', 'UNKNOWN_QUESTION', 'This round has no such question'));
      return;
    }
    if (seen.has(q.key)) {
      errors.push(err(i, 'questionKey', 'DUPLICATE_ANSWER', 'The question is answered twice'));
      return;
    }
    seen.add(q.key);
    const range = scaleRange(q.type);
    if (range) {
      if (a.choice != null || a.text != null) {
        errors.push(err(i, '', 'WRONG_ANSWER_KIND', 'A scale question takes a value only'));
      } else if (a.value == null) {
        if (q.required) errors.push(err(i, 'value', 'MISSING_ANSWER', 'Choose a value'));
      } else if (!Number.isInteger(a.value) || a.value < range[0] || a.value > range[1]) {
        errors.push(
          err(i, 'value', 'OUT_OF_RANGE', `Choose a whole number from ${range[0]} to ${range[1]}`),
        );
      } else closed[q.key] = a.value;
      return;
    }
    if (q.type === PulseQuestionType.SINGLE_CHOICE) {
      if (a.value != null || a.text != null) {
        errors.push(err(i, '', 'WRONG_ANSWER_KIND', 'A choice question takes a choice only'));
      } else if (a.choice == null) {
        if (q.required) errors.push(err(i, 'choice', 'MISSING_ANSWER', 'Choose an option'));
      } else if (!q.options.some((o) => o.key === a.choice)) {
        errors.push(err(i, 'choice', 'NOT_AN_OPTION', 'Choose one of the options'));
      } else closed[q.key] = a.choice;
      return;
    }
    // Open text.
    if (a.value != null || a.choice != null) {
      errors.push(err(i, '', 'WRONG_ANSWER_KIND', 'An open question takes text only'));
      return;
    }
    const text = (a.text ?? '').trim();
    if ([...text].length > MAX_OPEN_TEXT) {
      errors.push(err(i, 'text', 'TOO_LONG', `At most ${MAX_OPEN_TEXT} characters`));
    } else if (text) texts.push({ questionKey: q.key, text });
  });
  for (const q of questions) {
    if (q.required && !seen.has(q.key)) {
      errors.push({
        field: 'input.answers',
        code: 'MISSING_ANSWER',
        message: `Question ${q.key} needs an answer`,
      });
    }
  }
  return errors.length ? { errors } : { ok: { closed, texts } };
}
