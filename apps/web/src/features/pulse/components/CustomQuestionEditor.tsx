import { SecondaryActionButton, SelectField, SubtleButton, TextField } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import type { PulseQuestionType } from '../../../gql/graphql';
import { pulseFieldError } from '../pulse-errors';
import {
  emptyOption,
  QUESTION_TYPES,
  questionField,
  SURVEY_LIMITS,
  type FormErrors,
  type QuestionDraft,
} from '../survey-form';

export interface CustomQuestionEditorProps {
  index: number;
  question: QuestionDraft;
  errors: FormErrors;
  fieldId: (key: string) => string;
  onChange: (question: QuestionDraft) => void;
  onRemove: () => void;
}

/** One question of one's own: type, wording in Dutch and English, dimension, labels or options. */
export function CustomQuestionEditor({
  index,
  question,
  errors,
  fieldId,
  onChange,
  onRemove,
}: CustomQuestionEditorProps) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const number = index + 1;
  const key = (part: string) => questionField(index, part);
  const error = (part: string) => pulseFieldError(t, errors[key(part)]);
  const set = (patch: Partial<QuestionDraft>) => onChange({ ...question, ...patch });
  const bilingual = (base: 'text' | 'dimension' | 'low' | 'high', label: string, hint?: string) => (
    <div className="ins-pulse-pair">
      {(['Nl', 'En'] as const).map((lang) => {
        const field = `${base}${lang}` as keyof QuestionDraft;
        return (
          <TextField
            key={lang}
            id={fieldId(key(field))}
            label={t(`form.inLanguage.${lang}`, { label })}
            description={lang === 'Nl' ? hint : undefined}
            value={question[field] as string}
            onChange={(value) => set({ [field]: value })}
            error={error(field)}
            errorPrefix={tc('common.errorPrefix')}
            maxLength={SURVEY_LIMITS.text}
            autoComplete="off"
            required={base === 'text'}
          />
        );
      })}
    </div>
  );
  const scale = question.type === 'SCALE_5' || question.type === 'SCALE_11';
  const optionsError = error('options');

  return (
    <fieldset className="ins-fieldset ins-pulse-question" id={fieldId(key('fieldset'))}>
      <legend className="ins-pulse-question__legend">{t('form.questionLegend', { number })}</legend>
      <SelectField
        id={fieldId(key('type'))}
        label={t('form.questionType')}
        value={question.type}
        onChange={(value) => {
          const type = value as PulseQuestionType;
          set({
            type,
            options:
              type === 'SINGLE_CHOICE' && question.options.length === 0
                ? [emptyOption(), emptyOption()]
                : question.options,
          });
        }}
        options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionTypes.${type}`) }))}
      />
      {bilingual('text', t('form.questionText'))}
      {bilingual('dimension', t('form.dimension'), t('form.dimensionHint'))}
      {scale ? (
        <>
          {bilingual('low', t('form.lowLabel'), t('form.scaleLabelHint'))}
          {bilingual('high', t('form.highLabel'))}
        </>
      ) : null}
      {question.type === 'SINGLE_CHOICE' ? (
        <fieldset
          className="ins-fieldset ins-pulse-options"
          id={fieldId(key('options'))}
          aria-describedby={optionsError ? `${fieldId(key('options'))}-error` : undefined}
        >
          <legend>{t('form.options', { number })}</legend>
          {optionsError ? (
            <p id={`${fieldId(key('options'))}-error`} className="ins-inline-error">
              <span className="ins-visually-hidden">{`${tc('common.errorPrefix')} `}</span>
              {optionsError}
            </p>
          ) : null}
          <ol className="ins-pulse-options__list">
            {question.options.map((option, j) => (
              <li key={option.id}>
                <div className="ins-pulse-pair">
                  {(['nl', 'en'] as const).map((lang) => (
                    <TextField
                      key={lang}
                      id={fieldId(key(`option.${j}.${lang}`))}
                      label={t(`form.optionIn.${lang}`, { number: j + 1 })}
                      value={option[lang]}
                      onChange={(value) =>
                        set({
                          options: question.options.map((o) =>
                            o.id === option.id ? { ...o, [lang]: value } : o,
                          ),
                        })
                      }
                      error={pulseFieldError(t, errors[key(`option.${j}.${lang}`)])}
                      errorPrefix={tc('common.errorPrefix')}
                      maxLength={SURVEY_LIMITS.text}
                      autoComplete="off"
                      required
                    />
                  ))}
                </div>
                <p className="ins-pulse-options__row">
                  <label className="ins-pulse-check">
                    <input
                      type="checkbox"
                      checked={option.favourable}
                      onChange={(event) =>
                        set({
                          options: question.options.map((o) =>
                            o.id === option.id
                              ? { ...o, favourable: event.currentTarget.checked }
                              : o,
                          ),
                        })
                      }
                    />
                    {t('form.favourableOption', { number: j + 1 })}
                  </label>
                  {question.options.length > 2 ? (
                    <SubtleButton
                      type="button"
                      onClick={() =>
                        set({ options: question.options.filter((o) => o.id !== option.id) })
                      }
                    >
                      {t('form.removeOption', { number: j + 1 })}
                    </SubtleButton>
                  ) : null}
                </p>
              </li>
            ))}
          </ol>
          {question.options.length < SURVEY_LIMITS.options ? (
            <SecondaryActionButton
              type="button"
              onClick={() => set({ options: [...question.options, emptyOption()] })}
            >
              {t('form.addOption')}
            </SecondaryActionButton>
          ) : null}
        </fieldset>
      ) : null}
      <p>
        <SubtleButton hint="danger" type="button" onClick={onRemove}>
          {t('form.removeQuestion', { number })}
        </SubtleButton>
      </p>
    </fieldset>
  );
}
