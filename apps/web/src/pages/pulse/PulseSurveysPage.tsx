import { useQuery } from '@apollo/client/react';
import { BUTTON_LINK_CLASS_NAME, EmptyState, PageHeading, SelectField } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { RoundStateBadge } from '../../features/pulse/components/RoundStateBadge';
import { PulseRoundSummaryFragment, PulseSurveysQuery } from '../../features/pulse/graphql/pulse';
import { usePulseTrajectories } from '../../features/pulse/hooks/usePulseTrajectories';
import { PULSE_PATHS } from '../../features/pulse/paths';
import { formatDay } from '../../features/pulse/pulse-format';
import '../../features/pulse/pulse.css';
import { getFragmentData } from '../../gql';
import { useLanguage } from '../../i18n/useLanguage';
import { QueryStates } from '../../lib/QueryStates';

/** Surveys the caller manages or may see results of, optionally narrowed to one trajectory. */
export function PulseSurveysPage() {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const [params, setParams] = useSearchParams();
  const trajectoryId = params.get('traject')?.trim() ?? '';
  const { trajectories, canCreate } = usePulseTrajectories();
  const { data, loading, error, refetch } = useQuery(PulseSurveysQuery, {
    variables: { trajectoryId: trajectoryId || null },
    fetchPolicy: 'cache-and-network',
  });
  const title = t('surveys.title');
  const surveys = data?.pulseSurveys ?? [];
  const trajectoryTitle = (id: string | null | undefined) =>
    id ? (trajectories.find((tr) => tr.id === id)?.title ?? t('surveys.trajectory')) : null;
  const newPath = trajectoryId
    ? `${PULSE_PATHS.newSurvey}?traject=${encodeURIComponent(trajectoryId)}`
    : PULSE_PATHS.newSurvey;

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('surveys.lead')} />
      <div className="ins-pulse-toolbar">
        <SelectField
          id="pulse-trajectory-filter"
          label={t('surveys.filter')}
          value={trajectoryId}
          onChange={(value) => setParams(value ? { traject: value } : {}, { replace: true })}
          options={[
            { value: '', label: t('surveys.allTrajectories') },
            ...trajectories.map((trajectory) => ({
              value: trajectory.id,
              label: trajectory.title,
            })),
          ]}
        />
        {canCreate ? (
          <p>
            <Link to={newPath} className={BUTTON_LINK_CLASS_NAME}>
              {t('surveys.new')}
            </Link>
          </p>
        ) : null}
      </div>
      <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
      {data && surveys.length === 0 ? (
        <EmptyState title={t('surveys.empty')} description={t('surveys.emptyHint')} />
      ) : null}
      {surveys.length > 0 ? (
        <ul className="ins-pulse-list" aria-label={title}>
          {surveys.map((survey) => {
            const rounds = getFragmentData(PulseRoundSummaryFragment, survey.rounds);
            const current = rounds.find((r) => r.state === 'OPEN' || r.state === 'SCHEDULED');
            const lastClosed = rounds.find((r) => r.state === 'CLOSED');
            const headingId = `pulse-survey-${survey.id}`;
            return (
              <li key={survey.id} className="ins-pulse-card" aria-labelledby={headingId}>
                <h2 id={headingId} className="utrecht-heading-3">
                  <Link to={PULSE_PATHS.survey(survey.id)}>{survey.title}</Link>
                </h2>
                <p className="ins-pulse-card__meta">
                  <span>
                    {trajectoryTitle(survey.trajectoryId) ?? t('surveys.organisationWide')}
                  </span>
                  {survey.phase ? (
                    <span>
                      {t('surveys.phase', { phase: tc(`trajectories.phases.${survey.phase}`) })}
                    </span>
                  ) : null}
                  <span>
                    {survey.recurrenceWeeks
                      ? t('surveys.recurrence', { count: survey.recurrenceWeeks })
                      : t('surveys.byHand')}
                  </span>
                  {survey.archived ? <span>{t('surveys.archived')}</span> : null}
                </p>
                {rounds.length === 0 ? (
                  <p>{t('surveys.noRounds')}</p>
                ) : (
                  <p className="ins-pulse-card__rounds">
                    {current ? (
                      <span>
                        {t('surveys.currentRound', { number: current.number })}{' '}
                        <RoundStateBadge state={current.state} />{' '}
                        {t(current.state === 'OPEN' ? 'surveys.closesOn' : 'surveys.opensOn', {
                          date: formatDay(
                            current.state === 'OPEN' ? current.closesAt : current.opensAt,
                            language,
                          ),
                        })}
                      </span>
                    ) : null}
                    {lastClosed ? (
                      <Link to={PULSE_PATHS.results(lastClosed.id)}>
                        {t('surveys.resultsOfRound', { number: lastClosed.number })}
                      </Link>
                    ) : null}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
