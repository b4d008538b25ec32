import type {
  PulseCustomQuestionInput,
  PulseQuestionType,
  PulseTemplateKey,
  SimPhase,
} from '../../gql/graphql';
import { getFragmentData } from '../../gql';
import { PulseQuestionFieldsFragment } from './graphql/pulse';
import type { PulseSurveyFields } from './types';

export const SURVEY_LIMITS = { title: 200, description: 2000, text: 500, options: 10 } as const;
export const QUESTION_TYPES: readonly PulseQuestionType[] = [
  'SCALE_5',
  'SCALE_11',
  'SINGLE_CHOICE',
  'OPEN_TEXT',
];
export const TEMPLATE_KEYS: readonly PulseTemplateKey[] = [
  'QUALITY_OF_WORK',
  'READINESS_FOR_CHANGE',
  'TECHNOLOGY_ADOPTION',
  'ENPS',
];

export interface OptionDraft {
  id: string;
  nl: string;
  en: string;
  favourable: boolean;
}

export interface QuestionDraft {
  /** Local id for React and field ids. */
  id: string;
  /** `custom.<n>` of a saved question (keeps its trend). */
  key: string | null;
  type: PulseQuestionType;
  textNl: string;
  textEn: string;
  dimensionNl: string;
  dimensionEn: string;
  lowNl: string;
  lowEn: string;
  highNl: string;
  highEn: string;
  options: OptionDraft[];
}

export interface SurveyFormValues {
  title: string;
  description: string;
  /** '' for organisation-wide. */
  trajectoryId: string;
  /** '' for the trajectory's phase at each round. */
  phase: SimPhase | '';
  templates: PulseTemplateKey[];
  questions: QuestionDraft[];
  orgUnitIds: string[];
  recurring: boolean;
  recurrenceWeeks: string;
  roundDays: string;
  /** Recurring: the day the first (create) or next (edit) round opens, `YYYY-MM-DD`. */
  firstRoundOn: string;
  reminders: boolean;
  k: string;
  kComments: string;
  /** By hand, create only: open a first round straight away. */
  scheduleFirst: boolean;
  opensOn: string;
  closesOn: string;
}

let counter = 0;
export const localId = (prefix: string) => `${prefix}${++counter}`;

export function emptyQuestion(type: PulseQuestionType = 'SCALE_5'): QuestionDraft {
  return {
    id: localId('q'),
    key: null,
    type,
    textNl: '',
    textEn: '',
    dimensionNl: '',
    dimensionEn: '',
    lowNl: '',
    lowEn: '',
    highNl: '',
    highEn: '',
    options: type === 'SINGLE_CHOICE' ? [emptyOption(), emptyOption()] : [],
  };
}

export function emptyOption(): OptionDraft {
  return { id: localId('o'), nl: '', en: '', favourable: false };
}

export function emptySurvey(trajectoryId = ''): SurveyFormValues {
  return {
    title: '',
    description: '',
    trajectoryId,
    phase: '',
    templates: [],
    questions: [],
    orgUnitIds: [],
    recurring: true,
    recurrenceWeeks: '4',
    roundDays: '14',
    firstRoundOn: '',
    reminders: true,
    k: '',
    kComments: '',
    scheduleFirst: false,
    opensOn: '',
    closesOn: '',
  };
}

/** A `YYYY-MM-DD` from an API moment, in the reader's time zone. */
export function toDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** A day as an API moment: the start of the day, or the last minute for a closing. */
export function fromDay(day: string, edge: 'start' | 'end'): string | null {
  if (!day) return null;
  const date = new Date(`${day}T${edge === 'start' ? '00:00:00' : '23:59:00'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The form's values for an existing survey (the settings page edits them). */
export function surveyToForm(survey: PulseSurveyFields): SurveyFormValues {
  const dimensionName = (key: string | null | undefined) =>
    survey.dimensions.find((d) => d.key === key && d.key !== 'custom')?.name;
  return {
    ...emptySurvey(survey.trajectoryId ?? ''),
    title: survey.title,
    description: survey.description,
    phase: survey.phase ?? '',
    templates: survey.templates.map((tpl) => tpl.key),
    questions: getFragmentData(PulseQuestionFieldsFragment, survey.questions)
      .filter((q) => q.key.startsWith('custom.'))
      .map((q) => ({
        id: localId('q'),
        key: q.key,
        type: q.type,
        textNl: q.text.nl,
        textEn: q.text.en,
        dimensionNl: dimensionName(q.dimension)?.nl ?? '',
        dimensionEn: dimensionName(q.dimension)?.en ?? '',
        lowNl: q.lowLabel?.nl ?? '',
        lowEn: q.lowLabel?.en ?? '',
        highNl: q.highLabel?.nl ?? '',
        highEn: q.highLabel?.en ?? '',
        options: q.options.map((o) => ({
          id: localId('o'),
          nl: o.label.nl,
          en: o.label.en,
          favourable: o.favourable,
        })),
      })),
    orgUnitIds: [...survey.orgUnitIds],
    recurring: survey.recurrenceWeeks != null,
    recurrenceWeeks: String(survey.recurrenceWeeks ?? 4),
    roundDays: String(survey.roundDays),
    firstRoundOn: toDay(survey.nextRoundAt),
    reminders: survey.reminders,
    k: survey.k == null ? '' : String(survey.k),
    kComments: survey.kComments == null ? '' : String(survey.kComments),
  };
}

export type FormErrors = Record<string, string>;

const integer = (value: string) => (/^\s*\d{1,4}\s*$/.test(value) ? Number(value) : NaN);

/** Field keys of one custom question (`cq.<index>.<part>`). */
export const questionField = (index: number, part: string) => `cq.${index}.${part}`;

/**
 * Checks the form before sending: every field error the API would give for the same input that
 * the form can see itself, under the form's field keys.
 */
export function validateSurvey(
  values: SurveyFormValues,
  mode: 'create' | 'edit',
  defaultK: number,
  today: string,
): FormErrors {
  const errors: FormErrors = {};
  if (!values.title.trim()) errors['title'] = 'REQUIRED';
  if (values.templates.length === 0 && values.questions.length === 0) {
    errors['templates'] = 'NO_QUESTIONS';
  }
  values.questions.forEach((q, i) => {
    if (!q.textNl.trim()) errors[questionField(i, 'textNl')] = 'REQUIRED';
    if (!q.textEn.trim()) errors[questionField(i, 'textEn')] = 'REQUIRED';
    if (!!q.dimensionNl.trim() !== !!q.dimensionEn.trim()) {
      errors[questionField(i, q.dimensionNl.trim() ? 'dimensionEn' : 'dimensionNl')] = 'REQUIRED';
    }
    if (q.type === 'SCALE_5' || q.type === 'SCALE_11') {
      for (const [nl, en, base] of [
        [q.lowNl, q.lowEn, 'low'],
        [q.highNl, q.highEn, 'high'],
      ] as const) {
        if (!!nl.trim() !== !!en.trim()) {
          errors[questionField(i, nl.trim() ? `${base}En` : `${base}Nl`)] = 'REQUIRED';
        }
      }
    }
    if (q.type === 'SINGLE_CHOICE') {
      if (q.options.length < 2 || q.options.length > SURVEY_LIMITS.options) {
        errors[questionField(i, 'options')] = 'OPTION_COUNT';
      }
      q.options.forEach((o, j) => {
        if (!o.nl.trim()) errors[questionField(i, `option.${j}.nl`)] = 'REQUIRED';
        if (!o.en.trim()) errors[questionField(i, `option.${j}.en`)] = 'REQUIRED';
      });
    }
  });
  const k = values.k.trim() ? integer(values.k) : null;
  if (k !== null && (Number.isNaN(k) || k < 3 || k > 1000)) errors['k'] = 'BELOW_FLOOR';
  const kComments = values.kComments.trim() ? integer(values.kComments) : null;
  if (
    kComments !== null &&
    (Number.isNaN(kComments) || kComments < 5 || kComments < (k ?? defaultK) || kComments > 1000)
  ) {
    errors['kComments'] = 'BELOW_FLOOR';
  }
  if (values.recurring) {
    const weeks = integer(values.recurrenceWeeks);
    if (Number.isNaN(weeks) || weeks < 1 || weeks > 52) errors['recurrenceWeeks'] = 'OUT_OF_RANGE';
    const days = integer(values.roundDays);
    if (Number.isNaN(days) || days < 1 || days > 60) errors['roundDays'] = 'OUT_OF_RANGE';
    else if (!errors['recurrenceWeeks'] && days > weeks * 7) {
      errors['roundDays'] = 'LONGER_THAN_RECURRENCE';
    }
  } else if (mode === 'create' && values.scheduleFirst) {
    if (!values.closesOn) errors['closesAt'] = 'REQUIRED';
    else if (values.closesOn < (values.opensOn || today)) errors['closesAt'] = 'BEFORE_OPENING';
  }
  return errors;
}

const text = (nl: string, en: string) =>
  nl.trim() && en.trim() ? { nl: nl.trim(), en: en.trim() } : null;

export function toCustomQuestionInputs(values: SurveyFormValues): PulseCustomQuestionInput[] {
  return values.questions.map((q) => {
    const scale = q.type === 'SCALE_5' || q.type === 'SCALE_11';
    return {
      ...(q.key ? { key: q.key } : {}),
      type: q.type,
      text: { nl: q.textNl.trim(), en: q.textEn.trim() },
      dimension: text(q.dimensionNl, q.dimensionEn),
      lowLabel: scale ? text(q.lowNl, q.lowEn) : null,
      highLabel: scale ? text(q.highNl, q.highEn) : null,
      options:
        q.type === 'SINGLE_CHOICE'
          ? q.options.map((o) => ({
              label: { nl: o.nl.trim(), en: o.en.trim() },
              favourable: o.favourable,
            }))
          : null,
    };
  });
}

/** The settings both create and update send. */
export function toSettings(values: SurveyFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    phase: values.phase || null,
    templates: values.templates,
    customQuestions: toCustomQuestionInputs(values),
    orgUnitIds: values.orgUnitIds,
    k: values.k.trim() ? Number(values.k) : null,
    kComments: values.kComments.trim() ? Number(values.kComments) : null,
    recurrenceWeeks: values.recurring ? Number(values.recurrenceWeeks) : null,
    roundDays: values.recurring ? Number(values.roundDays) : undefined,
    reminders: values.reminders,
  };
}

/**
 * The form's field key of an API field (`customQuestions.2.text.nl` → `cq.2.textNl`,
 * `customQuestions.1.options.0.label.en` → `cq.1.option.0.en`).
 */
export function formKeyOf(apiField: string): string {
  const question = /^customQuestions\.(\d+)\.(.+)$/.exec(apiField);
  if (!question) {
    if (apiField === 'firstRoundAt' || apiField === 'nextRoundAt') return 'firstRoundOn';
    return apiField;
  }
  const [, index, rest] = question;
  const option = /^options\.(\d+)\.label\.(nl|en)$/.exec(rest);
  if (option) return questionField(Number(index), `option.${option[1]}.${option[2]}`);
  const part = /^(text|dimension|lowLabel|highLabel)\.(nl|en)$/.exec(rest);
  if (part) {
    const base = { text: 'text', dimension: 'dimension', lowLabel: 'low', highLabel: 'high' }[
      part[1] as 'text' | 'dimension' | 'lowLabel' | 'highLabel'
    ];
    return questionField(Number(index), `${base}${part[2] === 'nl' ? 'Nl' : 'En'}`);
  }
  if (rest.startsWith('options')) return questionField(Number(index), 'options');
  return questionField(Number(index), 'textNl');
}
