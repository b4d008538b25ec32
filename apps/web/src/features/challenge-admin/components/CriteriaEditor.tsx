import { SecondaryActionButton, SubtleButton, TextField } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import {
  CRITERIA_LIMITS,
  defaultCriteria,
  moveCriterion,
  newCriterionKey,
  parseWeight,
  weightShares,
  type CriteriaCheck,
  type CriterionDraft,
  type CriterionFieldProblem,
} from '../criteria';

export interface CriteriaEditorProps {
  /** Prefix for the field ids (focus goes to the first problem). */
  idPrefix: string;
  criteria: readonly CriterionDraft[];
  onChange: (criteria: CriterionDraft[]) => void;
  /** Problems to show; null before the first submit. */
  check: CriteriaCheck | null;
  /** Read-only once the jury may have started (the challenge left OPEN). */
  locked?: boolean;
}

export const criterionFieldId = (prefix: string, key: string, field: string) =>
  `${prefix}-criterion-${key}-${field}`;

/**
 * The evaluation criteria with their weights: add, remove, reorder and reweight. The share of
 * each weight in the total is shown next to it, because the ranking divides by the sum.
 */
export function CriteriaEditor({
  idPrefix,
  criteria,
  onChange,
  check,
  locked = false,
}: CriteriaEditorProps) {
  const { t } = useTranslation();
  const shares = weightShares(criteria);
  const total = criteria.reduce((sum, criterion) => sum + (parseWeight(criterion.weight) ?? 0), 0);
  const problem = (code: CriterionFieldProblem | undefined) =>
    code
      ? t(`challengeAdmin.criteria.problems.${code}`, {
          min: CRITERIA_LIMITS.weightMin,
          max: CRITERIA_LIMITS.weightMax,
        })
      : undefined;
  const update = (key: string, changes: Partial<CriterionDraft>) =>
    onChange(criteria.map((c) => (c.key === key ? { ...c, ...changes } : c)));
  const listProblem = check?.list
    ? t(`challengeAdmin.criteria.problems.${check.list}`, { max: CRITERIA_LIMITS.max })
    : null;

  return (
    <fieldset className="ins-fieldset ins-criteria" id={`${idPrefix}-criteria`} tabIndex={-1}>
      <legend>{t('challengeAdmin.criteria.legend')}</legend>
      <p className="ins-field__description" id={`${idPrefix}-criteria-hint`}>
        {locked ? t('challengeAdmin.criteria.lockedHint') : t('challengeAdmin.criteria.hint')}
      </p>
      {listProblem ? (
        <p className="ins-inline-error" role="alert">
          <span className="ins-visually-hidden">{`${t('common.errorPrefix')} `}</span>
          {listProblem}
        </p>
      ) : null}
      <ol className="ins-criteria__list">
        {criteria.map((criterion, index) => {
          const errors = check?.fields[criterion.key] ?? {};
          const name =
            criterion.nameNl.trim() || t('challengeAdmin.criteria.unnamed', { number: index + 1 });
          const share = shares[index];
          return (
            <li key={criterion.key} className="ins-criteria__item">
              <p className="ins-criteria__number" aria-hidden="true">
                {index + 1}
              </p>
              <div className="ins-criteria__fields">
                {locked ? (
                  <p className="ins-criteria__locked">
                    <strong>{criterion.nameNl}</strong>
                    <span lang="en">{` (${criterion.nameEn})`}</span>
                    {` · ${t('challengeAdmin.criteria.points', { count: parseWeight(criterion.weight) ?? 0 })}`}
                    {share !== null && share !== undefined
                      ? ` · ${t('challengeAdmin.criteria.share', { share })}`
                      : ''}
                  </p>
                ) : (
                  <>
                    <TextField
                      id={criterionFieldId(idPrefix, criterion.key, 'nameNl')}
                      label={t('challengeAdmin.criteria.nameNl', { number: index + 1 })}
                      value={criterion.nameNl}
                      onChange={(value) => update(criterion.key, { nameNl: value })}
                      error={problem(errors.nameNl)}
                      errorPrefix={t('common.errorPrefix')}
                      maxLength={CRITERIA_LIMITS.name}
                      autoComplete="off"
                      required
                    />
                    <TextField
                      id={criterionFieldId(idPrefix, criterion.key, 'nameEn')}
                      label={t('challengeAdmin.criteria.nameEn', { number: index + 1 })}
                      value={criterion.nameEn}
                      onChange={(value) => update(criterion.key, { nameEn: value })}
                      error={problem(errors.nameEn)}
                      errorPrefix={t('common.errorPrefix')}
                      maxLength={CRITERIA_LIMITS.name}
                      autoComplete="off"
                      required
                    />
                    <div className="ins-criteria__weight">
                      <TextField
                        id={criterionFieldId(idPrefix, criterion.key, 'weight')}
                        label={t('challengeAdmin.criteria.weight', { number: index + 1 })}
                        description={t('challengeAdmin.criteria.weightHint')}
                        value={criterion.weight}
                        onChange={(value) => update(criterion.key, { weight: value })}
                        error={problem(errors.weight)}
                        errorPrefix={t('common.errorPrefix')}
                        maxLength={3}
                        autoComplete="off"
                        required
                      />
                      <p className="ins-criteria__share" aria-live="polite">
                        {share !== null && share !== undefined
                          ? t('challengeAdmin.criteria.share', { share })
                          : t('challengeAdmin.criteria.noShare')}
                      </p>
                    </div>
                    <div className="ins-item-actions">
                      <SubtleButton
                        type="button"
                        disabled={index === 0}
                        onClick={() => onChange(moveCriterion(criteria, index, -1))}
                      >
                        {t('challengeAdmin.criteria.moveUp')}
                        <span className="ins-visually-hidden">{` ${name}`}</span>
                      </SubtleButton>
                      <SubtleButton
                        type="button"
                        disabled={index === criteria.length - 1}
                        onClick={() => onChange(moveCriterion(criteria, index, 1))}
                      >
                        {t('challengeAdmin.criteria.moveDown')}
                        <span className="ins-visually-hidden">{` ${name}`}</span>
                      </SubtleButton>
                      <SubtleButton
                        type="button"
                        disabled={criteria.length <= CRITERIA_LIMITS.min}
                        onClick={() => onChange(criteria.filter((c) => c.key !== criterion.key))}
                      >
                        {t('challengeAdmin.criteria.remove')}
                        <span className="ins-visually-hidden">{` ${name}`}</span>
                      </SubtleButton>
                    </div>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <p className="ins-meta" aria-live="polite">
        {t('challengeAdmin.criteria.total', { count: total, criteria: criteria.length })}
      </p>
      {locked ? null : (
        <div className="ins-button-row">
          <SecondaryActionButton
            type="button"
            disabled={criteria.length >= CRITERIA_LIMITS.max}
            onClick={() => {
              const key = newCriterionKey();
              onChange([...criteria, { key, id: null, nameNl: '', nameEn: '', weight: '10' }]);
              setTimeout(
                () => document.getElementById(criterionFieldId(idPrefix, key, 'nameNl'))?.focus(),
                0,
              );
            }}
          >
            {t('challengeAdmin.criteria.add')}
          </SecondaryActionButton>
          <SubtleButton type="button" onClick={() => onChange(defaultCriteria())}>
            {t('challengeAdmin.criteria.reset')}
          </SubtleButton>
        </div>
      )}
    </fieldset>
  );
}
