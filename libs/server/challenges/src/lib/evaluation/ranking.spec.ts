import fc from 'fast-check';
import { rankIdeas, RankingScore, ScoringStatus, scoringStatus } from './ranking';

const idea = (id: string, minute: number) => ({
  id,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
});

describe('rankIdeas', () => {
  const criteria = [
    { id: 'impact', weight: 60 },
    { id: 'cost', weight: 20 },
    { id: 'feasible', weight: 20 },
  ];

  it('takes the weighted mean per juror and the mean over jurors', () => {
    const scores: RankingScore[] = [
      { ideaId: 'a', jurorId: 'j1', criterionId: 'impact', score: 5 },
      { ideaId: 'a', jurorId: 'j1', criterionId: 'cost', score: 1 },
      { ideaId: 'a', jurorId: 'j1', criterionId: 'feasible', score: 1 },
      { ideaId: 'a', jurorId: 'j2', criterionId: 'impact', score: 3 },
      { ideaId: 'a', jurorId: 'j2', criterionId: 'cost', score: 3 },
      { ideaId: 'a', jurorId: 'j2', criterionId: 'feasible', score: 3 },
      { ideaId: 'b', jurorId: 'j1', criterionId: 'impact', score: 2 },
      { ideaId: 'b', jurorId: 'j1', criterionId: 'cost', score: 5 },
      { ideaId: 'b', jurorId: 'j1', criterionId: 'feasible', score: 5 },
    ];
    const ranked = rankIdeas([idea('b', 1), idea('a', 2), idea('c', 0)], criteria, scores);
    // a: j1 = (300 + 20 + 20) / 100 = 3.4, j2 = 3 -> 3.2; b: (120 + 100 + 100) / 100 = 3.2.
    expect(ranked.map((r) => [r.ideaId, r.rank, r.score, r.jurorCount])).toEqual([
      ['b', 1, 3.2, 1],
      ['a', 2, 3.2, 2],
      ['c', 3, null, 0],
    ]);
    expect(ranked[1].criterionAverages).toEqual([
      { criterionId: 'impact', average: 4 },
      { criterionId: 'cost', average: 2 },
      { criterionId: 'feasible', average: 2 },
    ]);
  });

  it('ignores scores on criteria that no longer exist', () => {
    const ranked = rankIdeas(
      [idea('a', 0)],
      [{ id: 'impact', weight: 10 }],
      [
        { ideaId: 'a', jurorId: 'j', criterionId: 'impact', score: 4 },
        { ideaId: 'a', jurorId: 'j', criterionId: 'gone', score: 1 },
      ],
    );
    expect(ranked[0].score).toBe(4);
  });

  it('keeps scores within 1..5, orders by score, and is independent of the input order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const score = fc.record({
      ideaId: fc.constantFrom(...ids),
      jurorId: fc.constantFrom('j1', 'j2', 'j3'),
      criterionId: fc.constantFrom('impact', 'cost', 'feasible'),
      score: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(score, {
          selector: (s) => `${s.ideaId}/${s.jurorId}/${s.criterionId}`,
          maxLength: 40,
        }),
        (scores) => {
          const ideas = ids.map((id, i) => idea(id, i));
          const ranked = rankIdeas(ideas, criteria, scores);
          const reversed = rankIdeas([...ideas].reverse(), criteria, [...scores].reverse());
          expect(reversed.map((r) => r.ideaId)).toEqual(ranked.map((r) => r.ideaId));
          expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
          const scored = ranked.filter((r) => r.score !== null);
          for (const r of scored) {
            expect(r.score).toBeGreaterThanOrEqual(1);
            expect(r.score).toBeLessThanOrEqual(5);
          }
          // Scored first, highest first.
          expect(ranked.slice(0, scored.length)).toEqual(scored);
          for (let i = 1; i < scored.length; i++) {
            expect(scored[i - 1].score!).toBeGreaterThanOrEqual(scored[i].score!);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('scoringStatus', () => {
  it('is TODO without an evaluation, PARTIAL below every criterion, DONE at every criterion', () => {
    expect(scoringStatus(undefined, 5)).toBe(ScoringStatus.TODO);
    expect(scoringStatus(0, 5)).toBe(ScoringStatus.PARTIAL); // a comment only
    expect(scoringStatus(4, 5)).toBe(ScoringStatus.PARTIAL);
    expect(scoringStatus(5, 5)).toBe(ScoringStatus.DONE);
    expect(scoringStatus(0, 0)).toBe(ScoringStatus.DONE);
  });
});
