import type { PulseAnswerInput, PulseQuestionType } from '../../gql/graphql';

/** Longest open-text answer (characters), as the API checks it (templates/answers.ts). */
export const MAX_OPEN_TEXT = 1000;

export interface AnswerText {
  nl: string;
  en: string;
}

/** A question as the form needs it (the round's `questions`). */
export interface FormQuestion {
  key: string;
  type: PulseQuestionType;
  dimension?: string | null;
  required: boolean;
  text: AnswerText;
  lowLabel?: AnswerText | null;
  highLabel?: AnswerText | null;
  options: readonly { key: string; label: AnswerText }[];
}

export interface FormDimension {
  key: string;
  name: AnswerText;
}

/** One answer per question key: a scale value, an option key or a text ('' / undefined: none). */
export type Answers = Record<string, number | string | undefined>;

/** Error codes per question key (the API's field codes, or the form's own). */
export type AnswerErrors = Record<string, string>;

/** Lowest and highest value of a scale question. */
export function scaleRange(type: PulseQuestionType): [number, number] | null {
  if (type === 'SCALE_5') return [1, 5];
  if (type === 'SCALE_11') return [0, 10];
  return null;
}

/** Characters as the API counts them (code points, so an emoji is one). */
export function textLength(text: string): number {
  return [...text].length;
}

export interface QuestionGroup {
  /** The dimension's key; null for questions outside every dimension. */
  key: string | null;
  name: AnswerText | null;
  questions: { question: FormQuestion; number: number }[];
}

/**
 * Questions grouped by dimension in the round's dimension order (the API's question order
 * within each), questions without a known dimension last; numbered in the order shown.
 */
export function groupQuestions(
  questions: readonly FormQuestion[],
  dimensions: readonly FormDimension[],
): QuestionGroup[] {
  const known = new Set(dimensions.map((d) => d.key));
  const groups: QuestionGroup[] = dimensions.map((d) => ({
    key: d.key,
    name: d.name,
    questions: [],
  }));
  const rest: QuestionGroup = { key: null, name: null, questions: [] };
  for (const question of questions) {
    const group =
      question.dimension && known.has(question.dimension)
        ? groups.find((g) => g.key === question.dimension)
        : rest;
    group?.questions.push({ question, number: 0 });
  }
  const shown = [...groups, rest].filter((g) => g.questions.length > 0);
  let number = 0;
  for (const group of shown) for (const item of group.questions) item.number = ++number;
  return shown;
}

/** The form's own checks, the same rules as the API: closed questions required, text ≤ limit. */
export function checkAnswers(questions: readonly FormQuestion[], answers: Answers): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const q of questions) {
    const value = answers[q.key];
    if (q.type === 'OPEN_TEXT') {
      if (typeof value === 'string' && textLength(value) > MAX_OPEN_TEXT)
        errors[q.key] = 'TOO_LONG';
      continue;
    }
    if (value === undefined || value === '') {
      if (q.required) errors[q.key] = 'MISSING_ANSWER';
    }
  }
  return errors;
}

/** What the API receives: one entry per answered question, in question order. */
export function toAnswerInputs(
  questions: readonly FormQuestion[],
  answers: Answers,
): PulseAnswerInput[] {
  const out: PulseAnswerInput[] = [];
  for (const q of questions) {
    const value = answers[q.key];
    if (value === undefined || value === '') continue;
    if (scaleRange(q.type) && typeof value === 'number') {
      out.push({ questionKey: q.key, value });
    } else if (q.type === 'SINGLE_CHOICE' && typeof value === 'string') {
      out.push({ questionKey: q.key, choice: value });
    } else if (q.type === 'OPEN_TEXT' && typeof value === 'string' && value.trim()) {
      out.push({ questionKey: q.key, text: value.trim() });
    }
  }
  return out;
}

interface ApiField {
  field?: unknown;
  code?: unknown;
}

/**
 * The API's field errors (`input.answers[3].value`, or `input.answers` for a missing required
 * answer) tied to the questions of the answers that were sent. Unknown fields are left out.
 */
export function answerErrorsFromApi(
  fields: readonly ApiField[],
  sent: readonly PulseAnswerInput[],
  questions: readonly FormQuestion[],
): AnswerErrors {
  const errors: AnswerErrors = {};
  for (const entry of fields) {
    if (typeof entry.field !== 'string' || typeof entry.code !== 'string') continue;
    const match = /^input\.answers\[(\d+)\]/.exec(entry.field);
    if (match) {
      const key = sent[Number(match[1])]?.questionKey;
      if (key && !errors[key]) errors[key] = entry.code;
    } else if (entry.field === 'input.answers' && entry.code === 'MISSING_ANSWER') {
      const answered = new Set(sent.map((a) => a.questionKey));
      for (const q of questions) {
        if (q.required && !answered.has(q.key)) errors[q.key] ??= 'MISSING_ANSWER';
      }
    }
  }
  return errors;
}
