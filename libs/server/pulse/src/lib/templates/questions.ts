/** A text in Dutch (the default) and English. */
export interface Text {
  nl: string;
  en: string;
}

export enum PulseQuestionType {
  /** 1 (strongly disagree) to 5 (strongly agree). Favourable: 4–5. */
  SCALE_5 = 'SCALE_5',
  /** 0 to 10 (eNPS and other likelihood questions). Favourable: 9–10 (eNPS promoters). */
  SCALE_11 = 'SCALE_11',
  /** One of a list of options; favourable: the options marked favourable (if any). */
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  /** Free text; shown only as shuffled, undated comments above the comment threshold. */
  OPEN_TEXT = 'OPEN_TEXT',
}

export interface PulseOption {
  key: string;
  label: Text;
  /** Counts towards the favourable share of the question. */
  favourable: boolean;
}

/**
 * One question as a round stores it (a snapshot taken when the round opens, so a later edit of
 * the survey never changes what an earlier round asked).
 */
export interface PulseQuestion {
  /** Stable within a survey (`qow.autonomy`, `custom.3`); answers and trends refer to it. */
  key: string;
  type: PulseQuestionType;
  /** The dimension the question belongs to (`quality-of-work`), or null. */
  dimension: string | null;
  text: Text;
  /** Labels of the two ends of a scale. */
  lowLabel: Text | null;
  highLabel: Text | null;
  /** SINGLE_CHOICE only. */
  options: PulseOption[];
  /** Closed questions are required (so every result group counts the same people); open text is optional. */
  required: boolean;
  /** Marks the eNPS question: its result also carries the eNPS score. */
  enps: boolean;
}

export interface PulseDimension {
  key: string;
  name: Text;
}

/** Lowest and highest value of a scale question. */
export function scaleRange(type: PulseQuestionType): [number, number] | null {
  if (type === PulseQuestionType.SCALE_5) return [1, 5];
  if (type === PulseQuestionType.SCALE_11) return [0, 10];
  return null;
}

/** Whether an answer value counts as favourable (the definition per question type). */
export function isFavourable(q: PulseQuestion, value: number | string): boolean {
  switch (q.type) {
    case PulseQuestionType.SCALE_5:
      return typeof value === 'number' && value >= 4;
    case PulseQuestionType.SCALE_11:
      return typeof value === 'number' && value >= 9;
    case PulseQuestionType.SINGLE_CHOICE:
      return q.options.some((o) => o.key === value && o.favourable);
    default:
      return false;
  }
}

/** True when the question has a favourable share at all. */
export function hasFavourable(q: PulseQuestion): boolean {
  if (q.type === PulseQuestionType.OPEN_TEXT) return false;
  if (q.type === PulseQuestionType.SINGLE_CHOICE) return q.options.some((o) => o.favourable);
  return true;
}

export const isClosed = (q: PulseQuestion) => q.type !== PulseQuestionType.OPEN_TEXT;
