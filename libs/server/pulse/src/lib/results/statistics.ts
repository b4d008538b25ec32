import {
  hasFavourable,
  isClosed,
  isFavourable,
  PulseDimension,
  PulseQuestion,
  PulseQuestionType,
  scaleRange,
} from '../templates/questions';

/** Per question key: how often each answer (a number or an option key) was given. */
export type Tally = Record<string, Record<string, number>>;

/** The answers reported at one reporting unit (the stored aggregate of a closed round). */
export interface Cell {
  responses: number;
  tally: Tally;
}

export function emptyCell(): Cell {
  return { responses: 0, tally: {} };
}

export function addCell(into: Cell, from: Cell): Cell {
  into.responses += from.responses;
  for (const [q, counts] of Object.entries(from.tally)) {
    const target = (into.tally[q] ??= {});
    for (const [v, n] of Object.entries(counts)) target[v] = (target[v] ?? 0) + n;
  }
  return into;
}

/** Adds one response's closed answers to a cell. */
export function tallyResponse(cell: Cell, answers: Record<string, number | string>): void {
  cell.responses += 1;
  for (const [q, v] of Object.entries(answers)) {
    const counts = (cell.tally[q] ??= {});
    counts[String(v)] = (counts[String(v)] ?? 0) + 1;
  }
}

export interface ValueCount {
  /** The scale value (scales). */
  value: number | null;
  /** The option key (single choice). */
  choice: string | null;
  count: number;
}

export interface QuestionResult {
  key: string;
  answers: number;
  distribution: ValueCount[];
  mean: number | null;
  favourableShare: number | null;
  /** Promoters minus detractors in percent points (−100 to 100), eNPS questions only. */
  enps: number | null;
}

export interface DimensionResult {
  key: string;
  /** Scale answers of the dimension on 0–100 (each scale's lowest value 0, highest 100). */
  score: number | null;
  /** Favourable answers of the dimension's questions over all their answers. */
  favourableShare: number | null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function questionResult(q: PulseQuestion, counts: Record<string, number>): QuestionResult {
  const range = scaleRange(q.type);
  const distribution: ValueCount[] = range
    ? Array.from({ length: range[1] - range[0] + 1 }, (_, i) => ({
        value: range[0] + i,
        choice: null,
        count: counts[String(range[0] + i)] ?? 0,
      }))
    : q.options.map((o) => ({ value: null, choice: o.key, count: counts[o.key] ?? 0 }));
  const answers = distribution.reduce((s, d) => s + d.count, 0);
  const favourable = distribution.reduce(
    (s, d) => s + (isFavourable(q, d.value ?? d.choice ?? '') ? d.count : 0),
    0,
  );
  const sum = range ? distribution.reduce((s, d) => s + d.value! * d.count, 0) : 0;
  let enps: number | null = null;
  if (q.enps && answers > 0) {
    const promoters = distribution.filter((d) => d.value! >= 9).reduce((s, d) => s + d.count, 0);
    const detractors = distribution.filter((d) => d.value! <= 6).reduce((s, d) => s + d.count, 0);
    enps = round(((promoters - detractors) / answers) * 100, 1);
  }
  return {
    key: q.key,
    answers,
    distribution,
    mean: range && answers ? round(sum / answers, 2) : null,
    favourableShare: hasFavourable(q) && answers ? round(favourable / answers, 3) : null,
    enps,
  };
}

export function dimensionResult(
  d: PulseDimension,
  questions: readonly PulseQuestion[],
  results: ReadonlyMap<string, QuestionResult>,
): DimensionResult {
  let scoreSum = 0;
  let scoreN = 0;
  let fav = 0;
  let favN = 0;
  for (const q of questions) {
    if (q.dimension !== d.key || !isClosed(q)) continue;
    const r = results.get(q.key);
    if (!r) continue;
    const range = scaleRange(q.type);
    if (range) {
      for (const v of r.distribution) {
        scoreSum += ((v.value! - range[0]) / (range[1] - range[0])) * 100 * v.count;
        scoreN += v.count;
      }
    }
    if (hasFavourable(q)) {
      for (const v of r.distribution) {
        if (isFavourable(q, v.value ?? v.choice ?? '')) fav += v.count;
      }
      favN += r.answers;
    }
  }
  return {
    key: d.key,
    score: scoreN ? round(scoreSum / scoreN, 1) : null,
    favourableShare: favN ? round(fav / favN, 3) : null,
  };
}

/** Every closed question's and dimension's result for one group. */
export function groupResults(
  questions: readonly PulseQuestion[],
  dimensions: readonly PulseDimension[],
  cell: Cell,
) {
  const byKey = new Map<string, QuestionResult>();
  for (const q of questions) {
    if (q.type === PulseQuestionType.OPEN_TEXT) continue;
    byKey.set(q.key, questionResult(q, cell.tally[q.key] ?? {}));
  }
  return {
    questions: [...byKey.values()],
    dimensions: dimensions.map((d) => dimensionResult(d, questions, byKey)),
  };
}
