import { describe, expect, it } from 'vitest';
import {
  displayRanking,
  formatScore,
  juryTotals,
  nextToScore,
  progressPercent,
  scoreBarPercent,
  type RankingRow,
} from './ranking-display';

const row = (ideaId: string, rank: number, score: number | null): RankingRow => ({
  ideaId,
  title: ideaId,
  rank,
  score,
  jurorCount: score === null ? 0 : 2,
  shortlisted: false,
  winner: false,
});

describe('ranking display', () => {
  it('gives equal scores (as shown, one decimal) a shared place and unscored ideas none', () => {
    const rows = displayRanking([
      row('e', 5, null),
      row('a', 1, 4.5),
      row('b', 2, 4.04),
      row('c', 3, 3.96),
      row('d', 4, 2),
    ]);
    expect(rows.map((r) => [r.row.ideaId, r.place, r.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
      ['d', 4, false],
      ['e', null, false],
    ]);
  });

  it('formats scores with one decimal in the reader’s language, or nothing', () => {
    expect(formatScore(4.25, 'nl-NL')).toBe('4,3');
    expect(formatScore(4, 'en-GB')).toBe('4.0');
    expect(formatScore(null, 'nl-NL')).toBeNull();
  });

  it('draws bars from 1 (empty) to 5 (full)', () => {
    expect(scoreBarPercent(1)).toBe(0);
    expect(scoreBarPercent(3)).toBe(50);
    expect(scoreBarPercent(5)).toBe(100);
    expect(scoreBarPercent(null)).toBe(0);
  });

  it('sums progress per juror and for the jury', () => {
    expect(progressPercent({ scored: 1, toScore: 2 })).toBe(33);
    expect(progressPercent({ scored: 0, toScore: 0 })).toBe(0);
    expect(
      juryTotals([
        { scored: 3, toScore: 0 },
        { scored: 1, toScore: 2 },
      ]),
    ).toEqual({ done: 4, total: 6, complete: false });
    expect(juryTotals([{ scored: 2, toScore: 0 }]).complete).toBe(true);
    expect(juryTotals([]).complete).toBe(false);
  });

  it('proposes the next idea the juror has not finished, wrapping around', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(nextToScore(ids, new Set(['b']), 'a')).toBe('c');
    expect(nextToScore(ids, new Set(['a', 'b']), 'd')).toBe('c');
    expect(nextToScore(ids, new Set(), null)).toBe('a');
    expect(nextToScore(ids, new Set(['a', 'b', 'c']), 'd')).toBeNull();
    expect(nextToScore(ids, new Set(['a', 'b', 'c', 'd']), null)).toBeNull();
    expect(nextToScore([], new Set(), null)).toBeNull();
  });
});
