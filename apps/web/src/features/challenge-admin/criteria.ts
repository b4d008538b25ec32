import { DEFAULT_CHALLENGE_CRITERIA } from '@inspraak/contracts';

/** Limits the API checks too (libs/server/challenges inputs): 1..10 criteria, 1..100 points. */
export const CRITERIA_LIMITS = {
  min: 1,
  max: 10,
  weightMin: 1,
  weightMax: 100,
  name: 200,
} as const;

/** A criterion as the form holds it: the weight stays text while it is being typed. */
export interface CriterionDraft {
  /** Stable React key; the API id for an existing criterion. */
  key: string;
  /** Set for a criterion that exists (its jury scores are kept). */
  id: string | null;
  nameNl: string;
  nameEn: string;
  weight: string;
}

export type CriterionFieldProblem =
  'REQUIRED' | 'TOO_LONG' | 'DUPLICATE_NAME' | 'WEIGHT_NOT_WHOLE' | 'WEIGHT_RANGE';

export type CriteriaListProblem = 'NONE' | 'TOO_MANY';

export interface CriteriaCheck {
  /** Per criterion key, per field: the first problem. */
  fields: Record<string, Partial<Record<'nameNl' | 'nameEn' | 'weight', CriterionFieldProblem>>>;
  list: CriteriaListProblem | null;
  ok: boolean;
}

let counter = 0;
export function newCriterionKey(): string {
  counter += 1;
  return `new-${counter}`;
}

/** The five standard criteria with their default weights, ready to adjust. */
export function defaultCriteria(): CriterionDraft[] {
  return DEFAULT_CHALLENGE_CRITERIA.map((criterion) => ({
    key: newCriterionKey(),
    id: null,
    nameNl: criterion.nl,
    nameEn: criterion.en,
    weight: String(criterion.weight),
  }));
}

/** Existing criteria from the API, in their order. */
export function draftsFrom(
  criteria: readonly {
    id: string;
    nameNl: string;
    nameEn: string;
    weight: number;
    position: number;
  }[],
): CriterionDraft[] {
  return [...criteria]
    .sort((a, b) => a.position - b.position)
    .map((criterion) => ({
      key: criterion.id,
      id: criterion.id,
      nameNl: criterion.nameNl,
      nameEn: criterion.nameEn,
      weight: String(criterion.weight),
    }));
}

/** The weight as a whole number of points, or null when the text is not one. */
export function parseWeight(value: string): number | null {
  const text = value.trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  return Number(text);
}

/** Checks the list the way the API does, so the form can point at each problem. */
export function checkCriteria(drafts: readonly CriterionDraft[]): CriteriaCheck {
  const fields: CriteriaCheck['fields'] = {};
  const seen = new Map<string, number>();
  for (const draft of drafts) {
    const name = draft.nameNl.trim().toLowerCase();
    if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
  }
  for (const draft of drafts) {
    const problems: CriteriaCheck['fields'][string] = {};
    const nl = draft.nameNl.trim();
    const en = draft.nameEn.trim();
    if (!nl) problems.nameNl = 'REQUIRED';
    else if (nl.length > CRITERIA_LIMITS.name) problems.nameNl = 'TOO_LONG';
    else if ((seen.get(nl.toLowerCase()) ?? 0) > 1) problems.nameNl = 'DUPLICATE_NAME';
    if (!en) problems.nameEn = 'REQUIRED';
    else if (en.length > CRITERIA_LIMITS.name) problems.nameEn = 'TOO_LONG';
    const weight = parseWeight(draft.weight);
    if (!draft.weight.trim()) problems.weight = 'REQUIRED';
    else if (weight === null) problems.weight = 'WEIGHT_NOT_WHOLE';
    else if (weight < CRITERIA_LIMITS.weightMin || weight > CRITERIA_LIMITS.weightMax)
      problems.weight = 'WEIGHT_RANGE';
    if (Object.keys(problems).length > 0) fields[draft.key] = problems;
  }
  const list: CriteriaListProblem | null =
    drafts.length < CRITERIA_LIMITS.min
      ? 'NONE'
      : drafts.length > CRITERIA_LIMITS.max
        ? 'TOO_MANY'
        : null;
  return { fields, list, ok: list === null && Object.keys(fields).length === 0 };
}

/**
 * Each criterion's share of the total in whole percent (the ranking divides by the sum of
 * the weights). Largest remainder: the shares add up to exactly 100. Invalid weights count 0;
 * null when no weight is valid.
 */
export function weightShares(drafts: readonly CriterionDraft[]): (number | null)[] {
  const weights = drafts.map((draft) => {
    const weight = parseWeight(draft.weight);
    return weight !== null && weight >= CRITERIA_LIMITS.weightMin && weight <= 100 ? weight : 0;
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return drafts.map(() => null);
  const exact = weights.map((weight) => (weight * 100) / total);
  const shares = exact.map(Math.floor);
  let left = 100 - shares.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .filter(({ index }) => (weights[index] ?? 0) > 0)
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((share, index) => ((weights[index] ?? 0) > 0 ? share : null));
}

/** The criteria as the API takes them (call after checkCriteria said ok). */
export function toCriterionInputs(drafts: readonly CriterionDraft[]) {
  return drafts.map((draft) => ({
    ...(draft.id ? { id: draft.id } : {}),
    nameNl: draft.nameNl.trim(),
    nameEn: draft.nameEn.trim(),
    weight: parseWeight(draft.weight) ?? 0,
  }));
}

/** Moves the criterion at `index` one place up (-1) or down (+1). */
export function moveCriterion(
  drafts: readonly CriterionDraft[],
  index: number,
  by: -1 | 1,
): CriterionDraft[] {
  const target = index + by;
  if (target < 0 || target >= drafts.length) return [...drafts];
  const next = [...drafts];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}
