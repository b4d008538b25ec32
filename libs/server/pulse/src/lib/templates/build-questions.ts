import { FieldError } from '@inspraak/server-errors';
import { PulseDimension, PulseQuestion, PulseQuestionType, Text } from './questions';
import { CUSTOM_DIMENSION, PulseTemplateKey, template } from './templates';

export const MAX_QUESTIONS = 40;
export const MAX_OPTIONS = 10;

export interface CustomQuestionDraft {
  /** `custom.<n>` of an existing custom question (keeps its trend); absent for a new one. */
  key?: string | null;
  type: PulseQuestionType;
  text: Text;
  /** Groups the question with others of the same dimension name; absent: "Own questions". */
  dimension?: Text | null;
  lowLabel?: Text | null;
  highLabel?: Text | null;
  options?: { label: Text; favourable: boolean }[] | null;
}

const CUSTOM_KEY = /^custom\.(\d{1,4})$/;

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'dimension';

/**
 * The questions and dimensions of a survey: the templates' (in the order given), then the custom
 * questions. Field errors for what cannot be asked.
 */
export function buildQuestions(
  templates: readonly PulseTemplateKey[],
  custom: readonly CustomQuestionDraft[],
): { questions: PulseQuestion[]; dimensions: PulseDimension[] } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const questions: PulseQuestion[] = [];
  const dimensions: PulseDimension[] = [];
  const addDimension = (d: PulseDimension) => {
    if (!dimensions.some((x) => x.key === d.key)) dimensions.push(d);
  };
  for (const key of [...new Set(templates)]) {
    const t = template(key);
    addDimension(t.dimension);
    questions.push(...t.questions);
  }
  const taken = new Set(custom.map((c) => c.key).filter((k): k is string => !!k));
  let next = Math.max(0, ...[...taken].map((k) => Number(CUSTOM_KEY.exec(k)?.[1] ?? 0))) + 1;
  const used = new Set<string>();
  custom.forEach((c, i) => {
    const field = `input.customQuestions[${i}]`;
    let key = c.key ?? null;
    if (key !== null && (!CUSTOM_KEY.test(key) || used.has(key))) {
      errors.push({
        field: `${field}.key`,
        code: 'INVALID_KEY',
        message: 'Not a custom question key',
      });
      return;
    }
    key ??= `custom.${next++}`;
    used.add(key);
    const options = c.options ?? [];
    if (c.type === PulseQuestionType.SINGLE_CHOICE) {
      if (options.length < 2 || options.length > MAX_OPTIONS) {
        errors.push({
          field: `${field}.options`,
          code: 'OPTION_COUNT',
          message: `A choice question needs 2 to ${MAX_OPTIONS} options`,
        });
        return;
      }
    } else if (options.length) {
      errors.push({
        field: `${field}.options`,
        code: 'OPTIONS_NOT_ALLOWED',
        message: 'Only a choice question has options',
      });
      return;
    }
    const dimension = c.dimension
      ? { key: `custom-${slug(c.dimension.nl)}`, name: c.dimension }
      : CUSTOM_DIMENSION;
    addDimension(dimension);
    const scale = c.type === PulseQuestionType.SCALE_5 || c.type === PulseQuestionType.SCALE_11;
    questions.push({
      key,
      type: c.type,
      dimension: dimension.key,
      text: c.text,
      lowLabel: scale ? (c.lowLabel ?? null) : null,
      highLabel: scale ? (c.highLabel ?? null) : null,
      options: options.map((o, j) => ({
        key: `o${j + 1}`,
        label: o.label,
        favourable: o.favourable,
      })),
      required: c.type !== PulseQuestionType.OPEN_TEXT,
      enps: false,
    });
  });
  if (!questions.length) {
    errors.push({
      field: 'input.templates',
      code: 'NO_QUESTIONS',
      message: 'Add at least one question',
    });
  }
  if (questions.length > MAX_QUESTIONS) {
    errors.push({
      field: 'input.customQuestions',
      code: 'TOO_MANY_QUESTIONS',
      message: `At most ${MAX_QUESTIONS} questions`,
    });
  }
  return errors.length ? { errors } : { questions, dimensions };
}
