import { useMutation } from '@apollo/client/react';
import { ButtonRow, DateField, PrimaryActionButton } from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetPulseLists } from '../hooks/cache';
import { SchedulePulseRoundMutation } from '../graphql/pulse';
import { pulseApiFieldErrors, pulseFieldError, pulseProblem } from '../pulse-errors';
import { fromDay, toDay } from '../survey-form';

/** A new round: opens on a day (empty: now) and closes at the end of another. */
export function ScheduleRoundForm({
  surveyId,
  onDone,
}: {
  surveyId: string;
  onDone: (opensNow: boolean) => void;
}) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const formId = useId();
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [bad, setBad] = useState<{ opensAt?: boolean; closesAt?: boolean }>({});
  const [errors, setErrors] = useState<{ opensAt?: string; closesAt?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(SchedulePulseRoundMutation, {
    update: forgetPulseLists,
  });
  const id = (field: 'opensAt' | 'closesAt') => `${formId}-${field}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const today = toDay(new Date().toISOString());
    const found: { opensAt?: string; closesAt?: string } = {};
    if (bad.opensAt) found.opensAt = 'INVALID_DATE';
    else if (opensOn && opensOn < today) found.opensAt = 'OUT_OF_RANGE';
    if (bad.closesAt) found.closesAt = 'INVALID_DATE';
    else if (!closesOn) found.closesAt = 'REQUIRED';
    else if (closesOn < (opensOn || today)) found.closesAt = 'BEFORE_OPENING';
    setErrors(found);
    const first = (['opensAt', 'closesAt'] as const).find((field) => found[field]);
    if (first) {
      setTimeout(() => document.getElementById(id(first))?.focus(), 0);
      return;
    }
    try {
      await schedule({
        variables: {
          input: {
            surveyId,
            opensAt: opensOn && opensOn > today ? fromDay(opensOn, 'start') : null,
            closesAt: fromDay(closesOn, 'end')!,
          },
        },
      });
      setOpensOn('');
      setClosesOn('');
      onDone(!opensOn || opensOn <= today);
    } catch (caught) {
      const fromApi = pulseApiFieldErrors(caught);
      if (fromApi['closesAt'] || fromApi['opensAt']) {
        setErrors({ opensAt: fromApi['opensAt'], closesAt: fromApi['closesAt'] });
        setTimeout(
          () => document.getElementById(id(fromApi['opensAt'] ? 'opensAt' : 'closesAt'))?.focus(),
          0,
        );
      } else setProblem(pulseProblem(t, caught));
    }
  };

  return (
    <form
      noValidate
      className="ins-pulse-schedule"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => void submit(event)}
    >
      <h3 id={`${formId}-title`} className="utrecht-heading-3">
        {t('survey.scheduleTitle')}
      </h3>
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <div className="ins-pulse-form__row">
        <DateField
          id={id('opensAt')}
          label={t('form.opensOn')}
          description={t('form.opensOnHint')}
          value={opensOn}
          onChange={setOpensOn}
          onBadInput={(value) => setBad((current) => ({ ...current, opensAt: value }))}
          error={pulseFieldError(t, errors.opensAt)}
          errorPrefix={tc('common.errorPrefix')}
        />
        <DateField
          id={id('closesAt')}
          label={t('form.closesOn')}
          value={closesOn}
          onChange={setClosesOn}
          onBadInput={(value) => setBad((current) => ({ ...current, closesAt: value }))}
          error={pulseFieldError(t, errors.closesAt)}
          errorPrefix={tc('common.errorPrefix')}
          required
        />
      </div>
      <ButtonRow>
        <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
          {t('survey.schedule')}
        </PrimaryActionButton>
      </ButtonRow>
    </form>
  );
}
