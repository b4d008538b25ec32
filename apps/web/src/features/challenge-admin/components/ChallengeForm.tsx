import {
  ButtonRow,
  CheckboxGroupField,
  DateField,
  PrimaryActionButton,
  SelectField,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimPhase } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { useOrgUnits } from '../../org-units/hooks/useOrgUnits';
import { orgUnitOptions } from '../../org-units/org-unit-tree';
import { challengeFieldError, challengeProblem } from '../challenge-errors';
import {
  checkCriteria,
  toCriterionInputs,
  type CriteriaCheck,
  type CriterionDraft,
} from '../criteria';
import { fromDayInput } from '../dates';
import { CriteriaEditor, criterionFieldId } from './CriteriaEditor';

export const SIM_PHASES: readonly SimPhase[] = [
  'PREPARE',
  'GENERATE',
  'SELECT',
  'TEST',
  'IMPLEMENT_AND_EVALUATE',
];

export const CHALLENGE_LIMITS = { title: 200, text: 10_000, prize: 500 } as const;

export interface ChallengeFormValues {
  title: string;
  problemStatement: string;
  rules: string;
  prize: string;
  phase: SimPhase;
  opensOn: string;
  closesOn: string;
  orgUnitIds: string[];
  criteria: CriterionDraft[];
}

/** What the form sends (the same shape for create and update). */
export interface ChallengeFormOutput {
  title: string;
  problemStatement: string;
  rules: string;
  prize: string;
  phase: SimPhase;
  opensAt: string | null;
  closesAt: string | null;
  orgUnitIds: string[];
  criteria: ReturnType<typeof toCriterionInputs> | null;
}

type Field =
  'title' | 'problemStatement' | 'rules' | 'prize' | 'opensAt' | 'closesAt' | 'orgUnitIds';
const FIELD_ORDER: readonly Field[] = [
  'title',
  'problemStatement',
  'rules',
  'prize',
  'opensAt',
  'closesAt',
  'orgUnitIds',
];

export interface ChallengeFormProps {
  initial: ChallengeFormValues;
  submitLabel: string;
  /** Criteria are fixed once the challenge left OPEN (the jury may have scored). */
  criteriaLocked?: boolean;
  /** Throws the API error; field errors land next to their fields. */
  onSubmit: (values: ChallengeFormOutput) => Promise<unknown>;
}

/** Create or change a challenge: the question, texts, phase, audience, timeline and criteria. */
export function ChallengeForm({
  initial,
  submitLabel,
  criteriaLocked = false,
  onSubmit,
}: ChallengeFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const { units } = useOrgUnits();
  const [values, setValues] = useState<ChallengeFormValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [badDates, setBadDates] = useState<{ opensAt?: boolean; closesAt?: boolean }>({});
  const [criteriaCheck, setCriteriaCheck] = useState<CriteriaCheck | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (field: string) => `${formId}-${field}`;
  const set =
    <K extends keyof ChallengeFormValues>(key: K) =>
    (value: ChallengeFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const focus = (target: string) =>
    setTimeout(() => {
      const element =
        target === 'orgUnitIds'
          ? document.querySelector<HTMLElement>(`#${CSS.escape(id(target))} input`)
          : document.getElementById(target === 'criteria' ? `${id('c')}-criteria` : id(target));
      element?.focus();
    }, 0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.title.trim()) found.title = 'REQUIRED';
    if (!values.problemStatement.trim()) found.problemStatement = 'REQUIRED';
    if (badDates.opensAt) found.opensAt = 'INVALID_DATE';
    if (badDates.closesAt) found.closesAt = 'INVALID_DATE';
    if (!found.opensAt && !found.closesAt && values.opensOn && values.closesOn) {
      if (values.closesOn < values.opensOn) found.closesAt = 'BEFORE_OPENING';
    }
    const check = criteriaLocked ? null : checkCriteria(values.criteria);
    setErrors(found);
    setCriteriaCheck(check);
    setProblem(null);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      focus(first);
      return;
    }
    if (check && !check.ok) {
      const firstBad = values.criteria.find((c) => check.fields[c.key]);
      const field = firstBad ? Object.keys(check.fields[firstBad.key] ?? {})[0] : undefined;
      if (firstBad && field) {
        setTimeout(
          () => document.getElementById(criterionFieldId(id('c'), firstBad.key, field))?.focus(),
          0,
        );
      } else focus('criteria');
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        title: values.title.trim(),
        problemStatement: values.problemStatement.trim(),
        rules: values.rules.trim(),
        prize: values.prize.trim(),
        phase: values.phase,
        opensAt: fromDayInput(values.opensOn, 'start'),
        closesAt: fromDayInput(values.closesOn, 'end'),
        orgUnitIds: values.orgUnitIds,
        criteria: criteriaLocked ? null : toCriterionInputs(values.criteria),
      });
    } catch (caught) {
      const fromApi = apiFieldErrors(caught) as Partial<Record<Field | 'criteria', string>>;
      const firstApi = FIELD_ORDER.find((field) => fromApi[field]);
      if (firstApi) {
        setErrors(fromApi);
        focus(firstApi);
      } else {
        setProblem(challengeProblem(t, caught));
        if (fromApi.criteria) focus('criteria');
      }
    } finally {
      setBusy(false);
    }
  };

  const unitsError = challengeFieldError(t, errors.orgUnitIds);
  return (
    <form noValidate className="ins-challenge-form" onSubmit={(event) => void submit(event)}>
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <TextField
        id={id('title')}
        label={t('challengeAdmin.form.title')}
        description={t('challengeAdmin.form.titleHint')}
        value={values.title}
        onChange={set('title')}
        error={challengeFieldError(t, errors.title)}
        errorPrefix={t('common.errorPrefix')}
        maxLength={CHALLENGE_LIMITS.title}
        autoComplete="off"
        required
      />
      <TextAreaField
        id={id('problemStatement')}
        label={t('challengeAdmin.form.problemStatement')}
        description={t('challengeAdmin.form.problemStatementHint')}
        value={values.problemStatement}
        onChange={set('problemStatement')}
        error={challengeFieldError(t, errors.problemStatement)}
        errorPrefix={t('common.errorPrefix')}
        maxLength={CHALLENGE_LIMITS.text}
        required
      />
      <TextAreaField
        id={id('rules')}
        label={t('challengeAdmin.form.rules')}
        description={t('challengeAdmin.form.rulesHint')}
        value={values.rules}
        onChange={set('rules')}
        error={challengeFieldError(t, errors.rules)}
        errorPrefix={t('common.errorPrefix')}
        maxLength={CHALLENGE_LIMITS.text}
      />
      <TextField
        id={id('prize')}
        label={t('challengeAdmin.form.prize')}
        description={t('challengeAdmin.form.prizeHint')}
        value={values.prize}
        onChange={set('prize')}
        error={challengeFieldError(t, errors.prize)}
        errorPrefix={t('common.errorPrefix')}
        maxLength={CHALLENGE_LIMITS.prize}
        autoComplete="off"
      />
      <SelectField
        id={id('phase')}
        label={t('challengeAdmin.form.phase')}
        description={t('challengeAdmin.form.phaseHint')}
        value={values.phase}
        onChange={(value) => set('phase')(value as SimPhase)}
        options={SIM_PHASES.map((phase, index) => ({
          value: phase,
          label: `${index + 1}. ${t(`trajectories.phases.${phase}`)}`,
        }))}
      />
      <div className="ins-challenge-form__dates">
        <DateField
          id={id('opensAt')}
          label={t('challengeAdmin.form.opensOn')}
          description={t('challengeAdmin.form.opensOnHint')}
          value={values.opensOn}
          onChange={set('opensOn')}
          onBadInput={(bad) => setBadDates((current) => ({ ...current, opensAt: bad }))}
          error={challengeFieldError(t, errors.opensAt)}
          errorPrefix={t('common.errorPrefix')}
        />
        <DateField
          id={id('closesAt')}
          label={t('challengeAdmin.form.closesOn')}
          description={t('challengeAdmin.form.closesOnHint')}
          value={values.closesOn}
          onChange={set('closesOn')}
          onBadInput={(bad) => setBadDates((current) => ({ ...current, closesAt: bad }))}
          error={challengeFieldError(t, errors.closesAt)}
          errorPrefix={t('common.errorPrefix')}
        />
      </div>
      <CheckboxGroupField
        id={id('orgUnitIds')}
        legend={t('challengeAdmin.form.audience')}
        description={t('challengeAdmin.form.audienceHint')}
        error={unitsError}
        errorPrefix={t('common.errorPrefix')}
        values={values.orgUnitIds}
        onChange={set('orgUnitIds')}
        options={orgUnitOptions(units)}
      />
      <CriteriaEditor
        idPrefix={id('c')}
        criteria={values.criteria}
        onChange={set('criteria')}
        check={criteriaCheck}
        locked={criteriaLocked}
      />
      <ButtonRow>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
      </ButtonRow>
    </form>
  );
}
