import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  DataTable,
  Heading2,
  MessagePage,
  PageHeading,
  SecondaryActionButton,
  SubtleButton,
  TableCell,
  TableRow,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { forgetPulseLists } from '../../features/pulse/hooks/cache';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { useOrgUnits } from '../../features/org-units/hooks/useOrgUnits';
import { RoundStateBadge } from '../../features/pulse/components/RoundStateBadge';
import { ScheduleRoundForm } from '../../features/pulse/components/ScheduleRoundForm';
import { SurveyForm } from '../../features/pulse/components/SurveyForm';
import { TrendSection } from '../../features/pulse/components/TrendSection';
import {
  ClosePulseRoundMutation,
  PulseQuestionFieldsFragment,
  PulseRoundSummaryFragment,
  PulseSurveyFieldsFragment,
  PulseSurveyQuery,
  UpdatePulseSurveyMutation,
} from '../../features/pulse/graphql/pulse';
import { usePulseTrajectories } from '../../features/pulse/hooks/usePulseTrajectories';
import { PULSE_PATHS } from '../../features/pulse/paths';
import { formatDay, pick } from '../../features/pulse/pulse-format';
import { pulseProblem } from '../../features/pulse/pulse-errors';
import '../../features/pulse/pulse.css';
import {
  fromDay,
  surveyToForm,
  toSettings,
  type SurveyFormValues,
} from '../../features/pulse/survey-form';
import type { PulseRoundSummary } from '../../features/pulse/types';
import { getFragmentData } from '../../gql';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../lib/ConfirmDialog';
import { apiErrorCode } from '../../lib/graphql-errors';
import { QueryStates } from '../../lib/QueryStates';

/** One survey: its settings, rounds (schedule, close, preview, results) and trend. */
export function PulseSurveyPage() {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const { surveyId = '' } = useParams();
  const { byId } = useOrgUnits();
  const { trajectories } = usePulseTrajectories();
  const { data, loading, error, refetch } = useQuery(PulseSurveyQuery, {
    variables: { id: surveyId },
  });
  const [update] = useMutation(UpdatePulseSurveyMutation, { update: forgetPulseLists });
  const [closeRound] = useMutation(ClosePulseRoundMutation, { update: forgetPulseLists });
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState<PulseRoundSummary | null>(null);
  const [archiving, setArchiving] = useState(false);

  if (!data && error && apiErrorCode(error) === 'NOT_FOUND') {
    return (
      <>
        <PageTitle title={t('survey.notFoundTitle')} />
        <MessagePage
          code="404"
          title={t('survey.notFoundTitle')}
          lead={t('survey.notFound')}
          actions={<Link to={PULSE_PATHS.surveys}>{t('surveys.title')}</Link>}
        />
      </>
    );
  }
  const survey = data ? getFragmentData(PulseSurveyFieldsFragment, data.pulseSurvey) : null;
  if (!survey) {
    return <QueryStates hasData={false} loading={loading} error={error} onRetry={refetch} />;
  }
  const rounds = getFragmentData(PulseRoundSummaryFragment, survey.rounds);
  const questions = getFragmentData(PulseQuestionFieldsFragment, survey.questions);
  const canManage = survey.viewer.canManage;
  const inProgress = rounds.some((r) => r.state === 'OPEN' || r.state === 'SCHEDULED');
  const trajectory = survey.trajectoryId
    ? trajectories.find((tr) => tr.id === survey.trajectoryId)
    : null;
  const none = t('results.none');

  const save = async (values: SurveyFormValues) => {
    const settings = toSettings(values);
    await update({
      variables: {
        input: {
          id: survey.id,
          ...settings,
          nextRoundAt: values.recurring ? fromDay(values.firstRoundOn, 'start') : null,
        },
      },
    });
    toast(t('survey.saved', { title: values.title.trim() }));
    setEditing(false);
  };

  return (
    <>
      <PageTitle title={survey.title} />
      <PageHeading
        eyebrow={<Link to={PULSE_PATHS.surveys}>{t('surveys.title')}</Link>}
        title={survey.title}
        lead={survey.description || undefined}
      />
      {survey.archived ? <Alert type="info">{t('survey.archivedNote')}</Alert> : null}

      <section aria-labelledby="pulse-settings" className="ins-pulse-section">
        <Heading2 id="pulse-settings">{t('survey.settings')}</Heading2>
        {editing ? (
          <SurveyForm
            mode="edit"
            initial={surveyToForm(survey)}
            trajectories={
              survey.trajectoryId
                ? [
                    {
                      id: survey.trajectoryId,
                      title: trajectory?.title ?? t('surveys.trajectory'),
                    },
                  ]
                : []
            }
            canChooseOrganisationWide={!survey.trajectoryId}
            defaultK={survey.k == null ? survey.effectiveK : 5}
            submitLabel={t('survey.saveSettings')}
            onSubmit={save}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <DataList className="ins-pulse-settings">
              <DataListItem>
                <DataListKey>{t('form.trajectory')}</DataListKey>
                <DataListValue>
                  {survey.trajectoryId ? (
                    <Link to={`/trajecten/${survey.trajectoryId}`}>
                      {trajectory?.title ?? t('surveys.trajectory')}
                    </Link>
                  ) : (
                    t('surveys.organisationWide')
                  )}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('form.phase')}</DataListKey>
                <DataListValue>
                  {survey.phase
                    ? tc(`trajectories.phases.${survey.phase}`)
                    : survey.trajectoryId
                      ? t('form.phaseOfTrajectory')
                      : t('form.noPhase')}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('form.audience')}</DataListKey>
                <DataListValue>
                  {survey.orgUnitIds.length
                    ? survey.orgUnitIds.map((id) => byId.get(id)?.name ?? id).join(', ')
                    : survey.trajectoryId
                      ? t('survey.everyone')
                      : t('survey.everyoneOrganisation')}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('form.rhythm')}</DataListKey>
                <DataListValue>
                  {survey.recurrenceWeeks
                    ? t('survey.rhythmValue', {
                        count: survey.recurrenceWeeks,
                        days: survey.roundDays,
                      })
                    : t('surveys.byHand')}
                  {survey.recurrenceWeeks && survey.nextRoundAt
                    ? ` · ${t('survey.nextRound', { date: formatDay(survey.nextRoundAt, language) })}`
                    : null}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('survey.thresholds')}</DataListKey>
                <DataListValue>
                  {t('survey.thresholdsValue', {
                    k: survey.effectiveK,
                    kComments: survey.effectiveKComments,
                  })}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('form.reminders')}</DataListKey>
                <DataListValue>{survey.reminders ? t('survey.yes') : t('survey.no')}</DataListValue>
              </DataListItem>
            </DataList>
            <details className="ins-pulse-questions">
              <summary>{t('survey.questions', { count: questions.length })}</summary>
              <ol>
                {questions.map((question) => (
                  <li key={question.key}>
                    {pick(question.text, language)}{' '}
                    <span className="ins-pulse-note">
                      {t('form.questionTypeInline', { type: t(`questionTypes.${question.type}`) })}
                    </span>
                  </li>
                ))}
              </ol>
            </details>
            {canManage ? (
              <p className="ins-row-actions">
                <SecondaryActionButton type="button" onClick={() => setEditing(true)}>
                  {t('survey.edit')}
                </SecondaryActionButton>
                <SubtleButton type="button" onClick={() => setArchiving(true)}>
                  {survey.archived ? t('survey.unarchive') : t('survey.archive')}
                </SubtleButton>
              </p>
            ) : null}
            {canManage ? <p className="ins-pulse-note">{t('survey.editNote')}</p> : null}
          </>
        )}
      </section>

      <section aria-labelledby="pulse-rounds" className="ins-pulse-section">
        <Heading2 id="pulse-rounds">{t('survey.rounds')}</Heading2>
        {rounds.length === 0 ? <p>{t('surveys.noRounds')}</p> : null}
        {rounds.length > 0 ? (
          <DataTable
            label={t('survey.roundsTable')}
            columns={[
              t('survey.round'),
              t('survey.state'),
              t('survey.period'),
              t('trend.phase'),
              t('survey.responses'),
              t('survey.actions'),
            ]}
          >
            {rounds.map((round) => (
              <TableRow key={round.id}>
                <TableCell>{t('survey.roundNumber', { number: round.number })}</TableCell>
                <TableCell>
                  <RoundStateBadge state={round.state} />
                </TableCell>
                <TableCell>
                  {t('survey.periodValue', {
                    opens: formatDay(round.opensAt, language),
                    closes: formatDay(round.closedAt ?? round.closesAt, language),
                  })}
                </TableCell>
                <TableCell>
                  {round.phase ? tc(`trajectories.phases.${round.phase}`) : none}
                </TableCell>
                <TableCell>
                  {round.responseCount != null && round.audienceSize != null
                    ? t('results.responsesValue', {
                        responses: round.responseCount,
                        audience: round.audienceSize,
                      })
                    : round.audienceSize != null && round.state !== 'CANCELLED'
                      ? t('survey.fewResponses', { audience: round.audienceSize })
                      : none}
                </TableCell>
                <TableCell>
                  <span className="ins-pulse-round-actions">
                    {round.resultsAvailable ? (
                      <Link to={PULSE_PATHS.results(round.id)}>
                        {t('survey.results')}
                        <span className="ins-visually-hidden">
                          {` ${t('survey.roundNumber', { number: round.number })}`}
                        </span>
                      </Link>
                    ) : null}
                    {canManage && (round.state === 'OPEN' || round.state === 'SCHEDULED') ? (
                      <Link to={PULSE_PATHS.round(round.id)}>
                        {t('survey.preview')}
                        <span className="ins-visually-hidden">
                          {` ${t('survey.roundNumber', { number: round.number })}`}
                        </span>
                      </Link>
                    ) : null}
                    {canManage && round.state === 'OPEN' ? (
                      <SubtleButton type="button" onClick={() => setClosing(round)}>
                        {t('survey.close')}
                        <span className="ins-visually-hidden">
                          {` ${t('survey.roundNumber', { number: round.number })}`}
                        </span>
                      </SubtleButton>
                    ) : null}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        ) : null}
        {canManage && !survey.archived ? (
          inProgress ? (
            <p className="ins-pulse-note">{t('survey.oneAtATime')}</p>
          ) : (
            <ScheduleRoundForm
              surveyId={survey.id}
              onDone={(opensNow) =>
                toast(opensNow ? t('survey.roundOpened') : t('survey.roundScheduled'))
              }
            />
          )
        ) : null}
      </section>

      <TrendSection surveyId={survey.id} dimensions={survey.dimensions} />

      {closing ? (
        <ConfirmDialog
          title={t('survey.closeTitle', { number: closing.number })}
          message={t('survey.closeMessage')}
          confirmLabel={t('survey.closeConfirm')}
          onClose={() => setClosing(null)}
          onConfirm={() => closeRound({ variables: { id: closing.id } })}
          onDone={() => {
            toast(t('survey.closed', { number: closing.number }));
            setClosing(null);
          }}
          describeProblem={(caught) => pulseProblem(t, caught)}
        />
      ) : null}
      {archiving ? (
        <ConfirmDialog
          title={survey.archived ? t('survey.unarchiveTitle') : t('survey.archiveTitle')}
          message={survey.archived ? t('survey.unarchiveMessage') : t('survey.archiveMessage')}
          confirmLabel={survey.archived ? t('survey.unarchive') : t('survey.archive')}
          onClose={() => setArchiving(false)}
          onConfirm={() =>
            update({ variables: { input: { id: survey.id, archived: !survey.archived } } })
          }
          onDone={() => setArchiving(false)}
          describeProblem={(caught) => pulseProblem(t, caught)}
        />
      ) : null}
    </>
  );
}
