import { describe, expect, it } from 'vitest';
import {
  answerErrorsFromApi,
  checkAnswers,
  groupQuestions,
  toAnswerInputs,
  type FormQuestion,
} from './answer-form';

const q = (key: string, type: FormQuestion['type'], extra: Partial<FormQuestion> = {}) =>
  ({
    key,
    type,
    dimension: 'd1',
    required: type !== 'OPEN_TEXT',
    text: { nl: key, en: key },
    options: type === 'SINGLE_CHOICE' ? [{ key: 'o1', label: { nl: 'A', en: 'A' } }] : [],
    ...extra,
  }) satisfies FormQuestion;

const QUESTIONS = [
  q('a', 'SCALE_5'),
  q('free', 'OPEN_TEXT'),
  q('x', 'SINGLE_CHOICE', { dimension: null }),
  q('e', 'SCALE_11', { dimension: 'd2' }),
];
const DIMENSIONS = [
  { key: 'd2', name: { nl: 'Twee', en: 'Two' } },
  { key: 'd1', name: { nl: 'Een', en: 'One' } },
];

describe('the answer form rules', () => {
  it('groups by dimension in the round’s order, the rest last, numbered as shown', () => {
    const groups = groupQuestions(QUESTIONS, DIMENSIONS);
    expect(groups.map((g) => g.key)).toEqual(['d2', 'd1', null]);
    expect(groups.flatMap((g) => g.questions.map((i) => `${i.number}:${i.question.key}`))).toEqual([
      '1:e',
      '2:a',
      '3:free',
      '4:x',
    ]);
  });

  it('requires closed questions (0 counts as an answer) and limits open text to 1000 characters', () => {
    expect(checkAnswers(QUESTIONS, {})).toEqual({
      a: 'MISSING_ANSWER',
      x: 'MISSING_ANSWER',
      e: 'MISSING_ANSWER',
    });
    expect(checkAnswers(QUESTIONS, { a: 1, x: 'o1', e: 0, free: '😀'.repeat(1000) })).toEqual({});
    expect(checkAnswers(QUESTIONS, { a: 1, x: 'o1', e: 0, free: 'x'.repeat(1001) })).toEqual({
      free: 'TOO_LONG',
    });
  });

  it('sends one entry per answered question: value, choice or trimmed text', () => {
    expect(toAnswerInputs(QUESTIONS, { a: 5, free: '   ', x: 'o1', e: 0 })).toEqual([
      { questionKey: 'a', value: 5 },
      { questionKey: 'x', choice: 'o1' },
      { questionKey: 'e', value: 0 },
    ]);
    expect(toAnswerInputs(QUESTIONS, { free: ' Meer overleg ' })).toEqual([
      { questionKey: 'free', text: 'Meer overleg' },
    ]);
  });

  it('ties the API’s field errors to the questions of the answers sent', () => {
    const sent = [
      { questionKey: 'a', value: 9 },
      { questionKey: 'x', choice: 'o7' },
    ];
    expect(
      answerErrorsFromApi(
        [
          { field: 'input.answers[0].value', code: 'OUT_OF_RANGE' },
          { field: 'input.answers[1].choice', code: 'NOT_AN_OPTION' },
          { field: 'input.answers', code: 'MISSING_ANSWER' },
          { field: 'input.answers[7].value', code: 'OUT_OF_RANGE' },
          { field: 42, code: 'X' },
        ],
        sent,
        QUESTIONS,
      ),
    ).toEqual({ a: 'OUT_OF_RANGE', x: 'NOT_AN_OPTION', e: 'MISSING_ANSWER' });
  });
});
