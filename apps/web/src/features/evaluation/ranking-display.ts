/** How the jury screens present scores, ranks and progress (pure, unit-tested). */

export interface RankingRow {
  ideaId: string;
  title: string;
  rank: number;
  score: number | null;
  jurorCount: number;
  shortlisted: boolean;
  winner: boolean;
}

export interface DisplayRow<T extends RankingRow = RankingRow> {
  row: T;
  /** Shared place for equal scores ("2, 2, 4"); null for an idea nobody scored. */
  place: number | null;
  /** True when another scored idea has the same score (shown as "shared"). */
  tied: boolean;
}

/** Scores are shown with one decimal; the API's score has more precision. */
function rounded(score: number): number {
  return Math.round(score * 10) / 10;
}

/**
 * The API ranks every idea with its own number (ties keep the submission order). Readers
 * expect equal scores to share a place, so rows with the same score — as shown, one decimal —
 * get the place of the first of them. Unscored ideas get no place.
 */
export function displayRanking<T extends RankingRow>(rows: readonly T[]): DisplayRow<T>[] {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const counts = new Map<number, number>();
  for (const row of sorted) {
    if (row.score !== null)
      counts.set(rounded(row.score), (counts.get(rounded(row.score)) ?? 0) + 1);
  }
  let place = 0;
  let previous: number | null = null;
  return sorted.map((row, index) => {
    if (row.score === null) return { row, place: null, tied: false };
    const shown = rounded(row.score);
    if (previous === null || shown !== previous) place = index + 1;
    previous = shown;
    return { row, place, tied: (counts.get(shown) ?? 0) > 1 };
  });
}

/** "4,2" / "4.2", or null when not scored. */
export function formatScore(score: number | null, locale: string): string | null {
  if (score === null) return null;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rounded(score));
}

/** Width of a score bar in percent: 1 is empty, 5 is full. */
export function scoreBarPercent(score: number | null): number {
  if (score === null) return 0;
  return Math.max(0, Math.min(100, Math.round(((score - 1) / 4) * 100)));
}

export interface JurorProgressLike {
  scored: number;
  toScore: number;
}

/** Whole percent done (0 when there is nothing to score). */
export function progressPercent({ scored, toScore }: JurorProgressLike): number {
  const total = scored + toScore;
  return total === 0 ? 0 : Math.round((scored / total) * 100);
}

/** The whole jury's progress: scorings done of scorings expected. */
export function juryTotals(progress: readonly JurorProgressLike[]) {
  const done = progress.reduce((sum, p) => sum + p.scored, 0);
  const total = progress.reduce((sum, p) => sum + p.scored + p.toScore, 0);
  return { done, total, complete: total > 0 && done === total };
}

/**
 * The idea to score after `currentId`: the next one in the list that the juror has not scored
 * completely yet, wrapping around; null when every idea is done.
 */
export function nextToScore(
  ideaIds: readonly string[],
  complete: ReadonlySet<string>,
  currentId: string | null,
): string | null {
  if (ideaIds.length === 0) return null;
  const start = currentId ? ideaIds.indexOf(currentId) + 1 : 0;
  for (let step = 0; step < ideaIds.length; step++) {
    const id = ideaIds[(start + step) % ideaIds.length];
    if (id !== undefined && id !== currentId && !complete.has(id)) return id;
  }
  return null;
}
