import { useMutation } from '@apollo/client/react';
import { Alert, LoadingState, PageHeading } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { forgetPulseLists } from '../../features/pulse/hooks/cache';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { SurveyForm } from '../../features/pulse/components/SurveyForm';
import {
  CreatePulseSurveyMutation,
  PulseSurveyFieldsFragment,
  SchedulePulseRoundMutation,
} from '../../features/pulse/graphql/pulse';
import { usePulseTrajectories } from '../../features/pulse/hooks/usePulseTrajectories';
import { PULSE_PATHS } from '../../features/pulse/paths';
import { pulseProblem } from '../../features/pulse/pulse-errors';
import '../../features/pulse/pulse.css';
import {
  emptySurvey,
  fromDay,
  toSettings,
  type SurveyFormValues,
} from '../../features/pulse/survey-form';
import { getFragmentData } from '../../gql';

/** The organisation's default k (docs/pulse.md, PULSE_K); the API checks the real one. */
const DEFAULT_K = 5;

/** A new pulse survey; `?traject=<id>` preselects the trajectory. */
export function NewPulseSurveyPage() {
  const { t } = useTranslation('pulse');
  const toast = useToast();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preselected = params.get('traject')?.trim() ?? '';
  const { creatable, canCreateOrganisationWide, canCreate, loading } = usePulseTrajectories();
  const [create] = useMutation(CreatePulseSurveyMutation, { update: forgetPulseLists });
  const [schedule] = useMutation(SchedulePulseRoundMutation);
  const [initial] = useState(() => emptySurvey(preselected));
  const title = t('form.createTitle');

  const submit = async (values: SurveyFormValues) => {
    const settings = toSettings(values);
    const { data } = await create({
      variables: {
        input: {
          ...settings,
          trajectoryId: values.trajectoryId || null,
          firstRoundAt: values.recurring ? fromDay(values.firstRoundOn, 'start') : null,
        },
      },
    });
    const survey = data ? getFragmentData(PulseSurveyFieldsFragment, data.createPulseSurvey) : null;
    if (!survey) throw new Error('no answer');
    let scheduleProblem: string | null = null;
    if (!values.recurring && values.scheduleFirst) {
      try {
        await schedule({
          variables: {
            input: {
              surveyId: survey.id,
              opensAt: fromDay(values.opensOn, 'start'),
              closesAt: fromDay(values.closesOn, 'end')!,
            },
          },
        });
      } catch (caught) {
        scheduleProblem = pulseProblem(t, caught);
      }
    }
    toast(
      scheduleProblem
        ? t('form.createdNotScheduled', { title: survey.title, problem: scheduleProblem })
        : t('form.created', { title: survey.title }),
    );
    void navigate(PULSE_PATHS.survey(survey.id));
  };

  return (
    <>
      <PageTitle title={title} />
      <PageHeading
        eyebrow={<Link to={PULSE_PATHS.surveys}>{t('surveys.title')}</Link>}
        title={title}
        lead={t('form.lead')}
      />
      {loading ? (
        <LoadingState label={t('loading')} />
      ) : !canCreate ? (
        <Alert type="warning">{t('form.mayNotCreate')}</Alert>
      ) : (
        <SurveyForm
          mode="create"
          initial={
            creatable.some((tr) => tr.id === initial.trajectoryId) ||
            (canCreateOrganisationWide && !initial.trajectoryId)
              ? initial
              : { ...initial, trajectoryId: creatable[0]?.id ?? '' }
          }
          trajectories={creatable}
          canChooseOrganisationWide={canCreateOrganisationWide}
          defaultK={DEFAULT_K}
          submitLabel={t('form.submitCreate')}
          onSubmit={submit}
        />
      )}
    </>
  );
}
