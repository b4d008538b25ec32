import { FEEDBACK_STATUSES, FeedbackStatus as S, feedbackTransition } from './feedback';

describe('feedback workflow', () => {
  const ok = (from: S, to: S) => feedbackTransition(from, to).allowed;
  const text = (from: S, to: S) => feedbackTransition(from, to).textRequired;

  it('never goes back to RECEIVED and never leaves MERGED', () => {
    for (const s of FEEDBACK_STATUSES) {
      expect(ok(s, S.RECEIVED)).toBe(false);
      expect(ok(S.MERGED, s)).toBe(false);
    }
  });

  it('needs a text for the first response, for NOT_ADOPTED and for MERGED', () => {
    for (const to of FEEDBACK_STATUSES.filter((s) => s !== S.RECEIVED)) {
      expect(feedbackTransition(S.RECEIVED, to)).toEqual({ allowed: true, textRequired: true });
    }
    for (const from of [S.UNDER_CONSIDERATION, S.PLANNED, S.IN_PROGRESS, S.NOT_ADOPTED]) {
      expect(text(from, S.NOT_ADOPTED)).toBe(true);
      expect(text(from, S.MERGED)).toBe(true);
    }
  });

  it('moves forward without a text once answered, and back only with one', () => {
    expect(feedbackTransition(S.UNDER_CONSIDERATION, S.PLANNED)).toEqual({
      allowed: true,
      textRequired: false,
    });
    expect(text(S.PLANNED, S.DONE)).toBe(false);
    expect(text(S.IN_PROGRESS, S.PLANNED)).toBe(true);
    expect(ok(S.IN_PROGRESS, S.UNDER_CONSIDERATION)).toBe(true);
  });

  it('treats the same status again as a progress update with a text', () => {
    for (const s of [S.UNDER_CONSIDERATION, S.PLANNED, S.IN_PROGRESS, S.DONE, S.NOT_ADOPTED]) {
      expect(feedbackTransition(s, s)).toEqual({ allowed: true, textRequired: true });
    }
  });

  it('reopens DONE only to IN_PROGRESS and NOT_ADOPTED only to an open status', () => {
    expect(ok(S.DONE, S.IN_PROGRESS)).toBe(true);
    expect(text(S.DONE, S.IN_PROGRESS)).toBe(true);
    for (const to of [S.UNDER_CONSIDERATION, S.PLANNED, S.NOT_ADOPTED]) {
      expect(ok(S.DONE, to)).toBe(false);
    }
    for (const to of [S.UNDER_CONSIDERATION, S.PLANNED, S.IN_PROGRESS]) {
      expect(feedbackTransition(S.NOT_ADOPTED, to)).toEqual({ allowed: true, textRequired: true });
    }
    expect(ok(S.NOT_ADOPTED, S.DONE)).toBe(false);
  });
});
