/** The weighted ranking of a challenge's ideas from the jury's scores (pure, unit-tested). */

export interface RankingIdea {
  id: string;
  /** ISO time or anything that sorts; ties in score keep this order (oldest first), then id. */
  createdAt: Date;
}

export interface RankingScore {
  ideaId: string;
  jurorId: string;
  criterionId: string;
  /** 1..5 */
  score: number;
}

export interface RankedIdea {
  ideaId: string;
  /** 1-based place; ideas with equal scores share nothing: the order among them is stable. */
  rank: number;
  /** Mean over jurors of each juror's weighted mean; null when nobody scored the idea yet. */
  score: number | null;
  jurorCount: number;
  /** Mean score per criterion over the jurors who scored it. */
  criterionAverages: { criterionId: string; average: number }[];
}

/**
 * Each juror's score of an idea is the weighted mean of their criterion scores (weights of the
 * criteria they scored); the idea's score is the mean over its jurors. Scored ideas come first,
 * highest score first; equal scores (and unscored ideas) keep the submission order, then id.
 * Scores on criteria that are not listed are ignored.
 */
export function rankIdeas(
  ideas: readonly RankingIdea[],
  criteria: readonly { id: string; weight: number }[],
  scores: readonly RankingScore[],
): RankedIdea[] {
  const weight = new Map(criteria.map((c) => [c.id, c.weight]));
  // idea -> juror -> [sum of weight*score, sum of weights]
  const perJuror = new Map<string, Map<string, [number, number]>>();
  const perCriterion = new Map<string, Map<string, [number, number]>>();
  for (const s of scores) {
    const w = weight.get(s.criterionId);
    if (w === undefined || w <= 0) continue;
    const jurors = perJuror.get(s.ideaId) ?? new Map<string, [number, number]>();
    const acc = jurors.get(s.jurorId) ?? [0, 0];
    jurors.set(s.jurorId, [acc[0] + w * s.score, acc[1] + w]);
    perJuror.set(s.ideaId, jurors);
    const crit = perCriterion.get(s.ideaId) ?? new Map<string, [number, number]>();
    const c = crit.get(s.criterionId) ?? [0, 0];
    crit.set(s.criterionId, [c[0] + s.score, c[1] + 1]);
    perCriterion.set(s.ideaId, crit);
  }
  const order = criteria.map((c) => c.id);
  const rows = ideas.map((idea) => {
    const jurors = [...(perJuror.get(idea.id)?.values() ?? [])];
    const means = jurors.map(([sum, w]) => sum / w);
    const crit = perCriterion.get(idea.id);
    return {
      idea,
      // Rounded, so equal scores reached along different sums compare equal (stable ties).
      score: means.length
        ? Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 1e6) / 1e6
        : null,
      jurorCount: means.length,
      criterionAverages: order
        .filter((id) => crit?.has(id))
        .map((id) => ({ criterionId: id, average: crit!.get(id)![0] / crit!.get(id)![1] })),
    };
  });
  rows.sort((a, b) => {
    if (a.score !== null && b.score !== null && a.score !== b.score) return b.score - a.score;
    if ((a.score === null) !== (b.score === null)) return a.score === null ? 1 : -1;
    const t = a.idea.createdAt.getTime() - b.idea.createdAt.getTime();
    return t !== 0 ? t : a.idea.id < b.idea.id ? -1 : a.idea.id > b.idea.id ? 1 : 0;
  });
  return rows.map((r, i) => ({
    ideaId: r.idea.id,
    rank: i + 1,
    score: r.score,
    jurorCount: r.jurorCount,
    criterionAverages: r.criterionAverages,
  }));
}

/** How far the caller scored one idea (the juror's own list). */
export enum ScoringStatus {
  TODO = 'TODO',
  PARTIAL = 'PARTIAL',
  DONE = 'DONE',
}

/** No evaluation yet; one with every criterion scored; or one in between (or comment only). */
export function scoringStatus(scored: number | undefined, criteria: number): ScoringStatus {
  if (scored === undefined) return ScoringStatus.TODO;
  return scored >= criteria ? ScoringStatus.DONE : ScoringStatus.PARTIAL;
}
