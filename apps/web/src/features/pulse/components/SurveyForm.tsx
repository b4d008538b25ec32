import { useQuery } from '@apollo/client/react';
import {
  ButtonRow,
  CheckboxGroupField,
  DateField,
  Heading2,
  PrimaryActionButton,
  RadioGroupField,
  SecondaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../../gql';
import type { PulseTemplateKey, SimPhase } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { useOrgUnits } from '../../org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../org-units/org-unit-tree';
import { PulseQuestionFieldsFragment, PulseTemplatesQuery } from '../graphql/pulse';
import { pulseApiFieldErrors, pulseFieldError, pulseProblem } from '../pulse-errors';
import { pick } from '../pulse-format';
import {
  emptyQuestion,
  formKeyOf,
  SURVEY_LIMITS,
  TEMPLATE_KEYS,
  toDay,
  validateSurvey,
  type FormErrors,
  type SurveyFormValues,
} from '../survey-form';
import { CustomQuestionEditor } from './CustomQuestionEditor';
import { ErrorSummary, type ErrorSummaryEntry } from './ErrorSummary';

const PHASES: readonly SimPhase[] = [
  'PREPARE',
  'GENERATE',
  'SELECT',
  'TEST',
  'IMPLEMENT_AND_EVALUATE',
];

/** The order fields appear in, for the error summary. */
const TOP_FIELDS = [
  'title',
  'description',
  'trajectoryId',
  'phase',
  'templates',
  'customQuestions',
] as const;
const BOTTOM_FIELDS = [
  'orgUnitIds',
  'recurrenceWeeks',
  'roundDays',
  'firstRoundOn',
  'opensAt',
  'closesAt',
  'k',
  'kComments',
] as const;

export interface SurveyFormProps {
  mode: 'create' | 'edit';
  initial: SurveyFormValues;
  /** Trajectories the survey may be for (create only; edit shows the current one). */
  trajectories: readonly { id: string; title: string }[];
  canChooseOrganisationWide: boolean;
  /** The k the organisation uses by default (for the comment threshold check). */
  defaultK: number;
  submitLabel: string;
  /** Throws the API error; field errors land next to their fields and in the summary. */
  onSubmit: (values: SurveyFormValues) => Promise<unknown>;
  onCancel?: () => void;
}

/** Create or change a pulse survey: wording, trajectory and phase, questions, audience, rhythm. */
export function SurveyForm({
  mode,
  initial,
  trajectories,
  canChooseOrganisationWide,
  defaultK,
  submitLabel,
  onSubmit,
  onCancel,
}: SurveyFormProps) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const formId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const { units } = useOrgUnits();
  const templatesQuery = useQuery(PulseTemplatesQuery);
  const [values, setValues] = useState<SurveyFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const [badDates, setBadDates] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = (key: string) => `${formId}-${key.replace(/\./g, '-')}`;
  const set =
    <K extends keyof SurveyFormValues>(key: K) =>
    (value: SurveyFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const error = (key: string) => pulseFieldError(t, errors[key]);
  const templates = templatesQuery.data?.pulseTemplates ?? [];

  const labelOf = (key: string): string => {
    const question = /^cq\.(\d+)\.(.+)$/.exec(key);
    if (question) {
      const number = Number(question[1]) + 1;
      const part = question[2];
      const option = /^option\.(\d+)\.(nl|en)$/.exec(part);
      if (option) {
        return t('form.summaryQuestionPart', {
          number,
          part: t(`form.optionIn.${option[2] as 'nl' | 'en'}`, { number: Number(option[1]) + 1 }),
        });
      }
      const pair = /^(text|dimension|low|high)(Nl|En)$/.exec(part);
      if (pair) {
        const base = {
          text: t('form.questionText'),
          dimension: t('form.dimension'),
          low: t('form.lowLabel'),
          high: t('form.highLabel'),
        }[pair[1] as 'text' | 'dimension' | 'low' | 'high'];
        return t('form.summaryQuestionPart', {
          number,
          part: t(`form.inLanguage.${pair[2] as 'Nl' | 'En'}`, { label: base }),
        });
      }
      return t('form.summaryQuestionPart', { number, part: t('form.optionsShort') });
    }
    const labels: Record<string, string> = {
      title: t('form.title'),
      description: t('form.description'),
      trajectoryId: t('form.trajectory'),
      phase: t('form.phase'),
      templates: t('form.templates'),
      customQuestions: t('form.customQuestions'),
      orgUnitIds: t('form.audience'),
      recurrenceWeeks: t('form.recurrenceWeeks'),
      roundDays: t('form.roundDays'),
      firstRoundOn: mode === 'create' ? t('form.firstRoundOn') : t('form.nextRoundOn'),
      opensAt: t('form.opensOn'),
      closesAt: t('form.closesOn'),
      k: t('form.k'),
      kComments: t('form.kComments'),
    };
    return labels[key] ?? key;
  };

  const order = (found: FormErrors): string[] => {
    const questionKeys = Object.keys(found)
      .filter((key) => key.startsWith('cq.'))
      .sort((a, b) => {
        const [, ia] = a.split('.');
        const [, ib] = b.split('.');
        return Number(ia) - Number(ib);
      });
    return [
      ...TOP_FIELDS.filter((key) => found[key]),
      ...questionKeys,
      ...BOTTOM_FIELDS.filter((key) => found[key]),
      ...Object.keys(found).filter(
        (key) =>
          !key.startsWith('cq.') &&
          !(TOP_FIELDS as readonly string[]).includes(key) &&
          !(BOTTOM_FIELDS as readonly string[]).includes(key),
      ),
    ];
  };
  const summary: ErrorSummaryEntry[] = order(errors).map((key) => ({
    fieldId: fieldId(key),
    text: `${labelOf(key)}: ${pulseFieldError(t, errors[key]) ?? ''}`,
  }));
  const showErrors = (found: FormErrors) => {
    setErrors(found);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = validateSurvey(values, mode, defaultK, toDay(new Date().toISOString()));
    for (const [field, bad] of Object.entries(badDates)) if (bad) found[field] = 'INVALID_DATE';
    if (Object.keys(found).length) {
      showErrors(found);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (caught) {
      const fromApi: FormErrors = {};
      for (const [field, code] of Object.entries(pulseApiFieldErrors(caught))) {
        fromApi[formKeyOf(field)] ??= code;
      }
      if (Object.keys(fromApi).length && Object.values(fromApi).some((code) => !isProblem(code))) {
        showErrors(fromApi);
      } else {
        setProblem(pulseProblem(t, caught));
      }
    } finally {
      setBusy(false);
    }
  };

  const toggleTemplate = (key: PulseTemplateKey, checked: boolean) =>
    set('templates')(
      checked
        ? TEMPLATE_KEYS.filter((k) => k === key || values.templates.includes(k))
        : values.templates.filter((k) => k !== key),
    );
  const templatesError = error('templates');
  const trajectoryOptions = [
    ...(canChooseOrganisationWide || values.trajectoryId === ''
      ? [{ value: '', label: t('form.organisationWide') }]
      : []),
    ...trajectories.map((trajectory) => ({ value: trajectory.id, label: trajectory.title })),
  ];

  return (
    <form noValidate className="ins-pulse-form" onSubmit={(event) => void submit(event)}>
      <ErrorSummary ref={summaryRef} entries={summary} />
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}

      <section aria-labelledby={`${formId}-h-about`}>
        <Heading2 id={`${formId}-h-about`}>{t('form.aboutHeading')}</Heading2>
        <TextField
          id={fieldId('title')}
          label={t('form.title')}
          description={t('form.titleHint')}
          value={values.title}
          onChange={set('title')}
          error={error('title')}
          errorPrefix={tc('common.errorPrefix')}
          maxLength={SURVEY_LIMITS.title}
          autoComplete="off"
          required
        />
        <TextAreaField
          id={fieldId('description')}
          label={t('form.description')}
          description={t('form.descriptionHint')}
          value={values.description}
          onChange={set('description')}
          error={error('description')}
          errorPrefix={tc('common.errorPrefix')}
          maxLength={SURVEY_LIMITS.description}
        />
        <SelectField
          id={fieldId('trajectoryId')}
          label={t('form.trajectory')}
          description={mode === 'edit' ? t('form.trajectoryFixed') : t('form.trajectoryHint')}
          value={values.trajectoryId}
          onChange={mode === 'edit' ? () => undefined : set('trajectoryId')}
          error={error('trajectoryId')}
          errorPrefix={tc('common.errorPrefix')}
          options={trajectoryOptions.map((option) => ({
            ...option,
            disabled: mode === 'edit' && option.value !== values.trajectoryId,
          }))}
        />
        <SelectField
          id={fieldId('phase')}
          label={t('form.phase')}
          description={t('form.phaseHint')}
          value={values.phase}
          onChange={(value) => set('phase')(value as SimPhase | '')}
          error={error('phase')}
          errorPrefix={tc('common.errorPrefix')}
          options={[
            {
              value: '',
              label: values.trajectoryId ? t('form.phaseOfTrajectory') : t('form.noPhase'),
            },
            ...PHASES.map((phase, index) => ({
              value: phase,
              label: `${index + 1}. ${tc(`trajectories.phases.${phase}`)}`,
            })),
          ]}
        />
      </section>

      <section aria-labelledby={`${formId}-h-questions`}>
        <Heading2 id={`${formId}-h-questions`}>{t('form.questionsHeading')}</Heading2>
        <fieldset
          className="ins-fieldset ins-pulse-templates"
          id={fieldId('templates')}
          aria-describedby={[
            `${fieldId('templates')}-description`,
            templatesError ? `${fieldId('templates')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{t('form.templates')}</legend>
          <p id={`${fieldId('templates')}-description`} className="ins-field__description">
            {t('form.templatesHint')}
          </p>
          {templatesError ? (
            <p id={`${fieldId('templates')}-error`} className="ins-inline-error">
              <span className="ins-visually-hidden">{`${tc('common.errorPrefix')} `}</span>
              {templatesError}
            </p>
          ) : null}
          {TEMPLATE_KEYS.map((key) => {
            const template = templates.find((tpl) => tpl.key === key);
            const questions = template
              ? getFragmentData(PulseQuestionFieldsFragment, template.questions)
              : [];
            const inputId = `${fieldId('templates')}-${key}`;
            return (
              <div key={key} className="ins-pulse-template">
                <label className="ins-pulse-check" htmlFor={inputId}>
                  <input
                    id={inputId}
                    type="checkbox"
                    checked={values.templates.includes(key)}
                    onChange={(event) => toggleTemplate(key, event.currentTarget.checked)}
                    aria-describedby={template ? `${inputId}-description` : undefined}
                  />
                  <span className="ins-pulse-template__name">
                    {template ? pick(template.name, language) : t(`templateNames.${key}`)}
                  </span>
                </label>
                {template ? (
                  <>
                    <p id={`${inputId}-description`} className="ins-field__description">
                      {pick(template.description, language)}
                    </p>
                    <details className="ins-pulse-template__questions">
                      <summary>{t('form.templateQuestions', { count: questions.length })}</summary>
                      <ol>
                        {questions.map((question) => (
                          <li key={question.key}>
                            {pick(question.text, language)}{' '}
                            <span className="ins-pulse-note">
                              {t('form.questionTypeInline', {
                                type: t(`questionTypes.${question.type}`),
                              })}
                            </span>
                          </li>
                        ))}
                      </ol>
                    </details>
                  </>
                ) : null}
              </div>
            );
          })}
        </fieldset>

        <div id={fieldId('customQuestions')} tabIndex={-1} className="ins-pulse-custom">
          <h3 className="utrecht-heading-3">{t('form.customQuestions')}</h3>
          <p className="ins-field__description">{t('form.customQuestionsHint')}</p>
          {error('customQuestions') ? (
            <p className="ins-inline-error">{error('customQuestions')}</p>
          ) : null}
          {values.questions.map((question, index) => (
            <CustomQuestionEditor
              key={question.id}
              index={index}
              question={question}
              errors={errors}
              fieldId={fieldId}
              onChange={(changed) =>
                set('questions')(values.questions.map((q) => (q.id === changed.id ? changed : q)))
              }
              onRemove={() =>
                set('questions')(values.questions.filter((q) => q.id !== question.id))
              }
            />
          ))}
          <SecondaryActionButton
            type="button"
            onClick={() => {
              const next = emptyQuestion('SCALE_5');
              set('questions')([...values.questions, next]);
              setTimeout(
                () =>
                  document.getElementById(fieldId(`cq.${values.questions.length}.type`))?.focus(),
                0,
              );
            }}
          >
            {t('form.addQuestion')}
          </SecondaryActionButton>
        </div>
      </section>

      <section aria-labelledby={`${formId}-h-audience`}>
        <Heading2 id={`${formId}-h-audience`}>{t('form.audienceHeading')}</Heading2>
        <CheckboxGroupField
          id={fieldId('orgUnitIds')}
          legend={t('form.audience')}
          description={
            values.trajectoryId ? t('form.audienceHint') : t('form.audienceHintOrganisation')
          }
          error={error('orgUnitIds')}
          errorPrefix={tc('common.errorPrefix')}
          values={values.orgUnitIds}
          onChange={set('orgUnitIds')}
          options={orgUnitOptions(units)}
        />
      </section>

      <section aria-labelledby={`${formId}-h-schedule`}>
        <Heading2 id={`${formId}-h-schedule`}>{t('form.scheduleHeading')}</Heading2>
        <RadioGroupField
          legend={t('form.rhythm')}
          name={`${formId}-rhythm`}
          value={values.recurring ? 'recurring' : 'manual'}
          onChange={(value) => set('recurring')(value === 'recurring')}
          options={[
            { value: 'recurring', label: t('form.rhythmRecurring') },
            { value: 'manual', label: t('form.rhythmManual') },
          ]}
        />
        {values.recurring ? (
          <div className="ins-pulse-form__row">
            <TextField
              id={fieldId('recurrenceWeeks')}
              label={t('form.recurrenceWeeks')}
              description={t('form.recurrenceWeeksHint')}
              value={values.recurrenceWeeks}
              onChange={set('recurrenceWeeks')}
              error={error('recurrenceWeeks')}
              errorPrefix={tc('common.errorPrefix')}
              maxLength={2}
              autoComplete="off"
              required
            />
            <TextField
              id={fieldId('roundDays')}
              label={t('form.roundDays')}
              description={t('form.roundDaysHint')}
              value={values.roundDays}
              onChange={set('roundDays')}
              error={error('roundDays')}
              errorPrefix={tc('common.errorPrefix')}
              maxLength={2}
              autoComplete="off"
              required
            />
            <DateField
              id={fieldId('firstRoundOn')}
              label={mode === 'create' ? t('form.firstRoundOn') : t('form.nextRoundOn')}
              description={t('form.firstRoundOnHint')}
              value={values.firstRoundOn}
              onChange={set('firstRoundOn')}
              onBadInput={(bad) => setBadDates((current) => ({ ...current, firstRoundOn: bad }))}
              error={error('firstRoundOn')}
              errorPrefix={tc('common.errorPrefix')}
            />
          </div>
        ) : mode === 'create' ? (
          <>
            <p>
              <label className="ins-pulse-check">
                <input
                  type="checkbox"
                  checked={values.scheduleFirst}
                  onChange={(event) => set('scheduleFirst')(event.currentTarget.checked)}
                />
                {t('form.scheduleFirst')}
              </label>
            </p>
            {values.scheduleFirst ? (
              <div className="ins-pulse-form__row">
                <DateField
                  id={fieldId('opensAt')}
                  label={t('form.opensOn')}
                  description={t('form.opensOnHint')}
                  value={values.opensOn}
                  onChange={set('opensOn')}
                  onBadInput={(bad) => setBadDates((current) => ({ ...current, opensAt: bad }))}
                  error={error('opensAt')}
                  errorPrefix={tc('common.errorPrefix')}
                />
                <DateField
                  id={fieldId('closesAt')}
                  label={t('form.closesOn')}
                  value={values.closesOn}
                  onChange={set('closesOn')}
                  onBadInput={(bad) => setBadDates((current) => ({ ...current, closesAt: bad }))}
                  error={error('closesAt')}
                  errorPrefix={tc('common.errorPrefix')}
                  required
                />
              </div>
            ) : null}
          </>
        ) : null}
        <p>
          <label className="ins-pulse-check">
            <input
              type="checkbox"
              checked={values.reminders}
              onChange={(event) => set('reminders')(event.currentTarget.checked)}
            />
            {t('form.reminders')}
          </label>
        </p>
      </section>

      <section aria-labelledby={`${formId}-h-anonymity`}>
        <Heading2 id={`${formId}-h-anonymity`}>{t('form.anonymityHeading')}</Heading2>
        <p className="ins-field__description">{t('form.anonymityHint', { k: defaultK })}</p>
        <div className="ins-pulse-form__row">
          <TextField
            id={fieldId('k')}
            label={t('form.k')}
            description={t('form.kHint')}
            value={values.k}
            onChange={set('k')}
            error={error('k')}
            errorPrefix={tc('common.errorPrefix')}
            maxLength={4}
            autoComplete="off"
          />
          <TextField
            id={fieldId('kComments')}
            label={t('form.kComments')}
            description={t('form.kCommentsHint')}
            value={values.kComments}
            onChange={set('kComments')}
            error={error('kComments')}
            errorPrefix={tc('common.errorPrefix')}
            maxLength={4}
            autoComplete="off"
          />
        </div>
      </section>

      <ButtonRow>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
        {onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {tc('common.cancel')}
          </SecondaryActionButton>
        ) : null}
      </ButtonRow>
    </form>
  );
}

/** Codes that refuse the whole action rather than one field. */
function isProblem(code: string): boolean {
  return ['AUDIENCE_TOO_SMALL', 'ROUND_IN_PROGRESS', 'SURVEY_ARCHIVED', 'ROUND_NOT_OPEN'].includes(
    code,
  );
}
