import {
  BUTTON_LINK_CLASS_NAME,
  EmptyState,
  PageHeading,
  StatusBadge,
  VisuallyHidden,
} from '@inspraak/web-ui';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { Permission } from '../../features/auth/permissions';
import {
  MyPulseRoundsQuery,
  PulseAnswerManageableQuery,
} from '../../features/pulse-answer/graphql/pulse-answer';
import {
  PULSE_MANAGE_PATH,
  pulseResultsPath,
  pulseRoundPath,
} from '../../features/pulse-answer/paths';
import type { MyPulseRoundsQuery as MyPulseRoundsData } from '../../gql/graphql';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { QueryStates } from '../../lib/QueryStates';
import '../../features/pulse-answer/pulse-answer.css';

type Round = MyPulseRoundsData['myPulseRounds'][number];

/**
 * Survey owners (moderators and admins, or owners of a trajectory's survey) get a link to the
 * management pages; the API decides per survey (`viewer.canManage`), the role covers creating.
 */
function useCanManagePulse() {
  const { can } = useCurrentUser();
  const canCreate = can(Permission.TRAJECTORY_CREATE);
  const { data } = useQuery(PulseAnswerManageableQuery, { skip: canCreate });
  return canCreate || (data?.pulseSurveys.some((s) => s.viewer.canManage) ?? false);
}

function RoundItem({ round }: { round: Round }) {
  const { t } = useTranslation('pulse-answer');
  const { language } = useLanguage();
  const open = round.state === 'OPEN';
  const title = round.surveyTitle;
  return (
    <li className="ins-pulse-round">
      <div className="ins-pulse-round__text">
        <h3 className="ins-pulse-round__title">{title}</h3>
        <p className="ins-pulse-round__meta">
          {t('list.round', { number: round.number })}
          {' · '}
          {open
            ? t('list.closesOn', { date: formatDateTime(round.closesAt, language) })
            : t('list.closedOn', {
                date: formatDateTime(round.closedAt ?? round.closesAt, language),
              })}
        </p>
        {open ? (
          <p className="ins-pulse-round__status">
            <StatusBadge status={round.viewer.answered ? 'success' : 'warning'}>
              {round.viewer.answered ? t('list.answered') : t('list.notAnswered')}
            </StatusBadge>
          </p>
        ) : null}
      </div>
      <div className="ins-pulse-round__action">
        {open ? (
          <Link
            to={pulseRoundPath(round.id)}
            className={round.viewer.canAnswer ? BUTTON_LINK_CLASS_NAME : undefined}
          >
            {round.viewer.canAnswer ? t('list.answer') : t('list.view')}
            <VisuallyHidden>{`: ${title}, ${t('list.round', { number: round.number })}`}</VisuallyHidden>
          </Link>
        ) : round.resultsAvailable ? (
          <Link to={pulseResultsPath(round.id)}>
            {t('list.results')}
            <VisuallyHidden>{`: ${title}, ${t('list.round', { number: round.number })}`}</VisuallyHidden>
          </Link>
        ) : (
          <span className="ins-pulse-round__none">{t('list.noResults')}</span>
        )}
      </div>
    </li>
  );
}

/** `/puls`: the rounds that asked me — open ones to answer first, then the latest closed. */
export function MyPulseRoundsPage() {
  const { t } = useTranslation('pulse-answer');
  const { data, loading, error, refetch } = useQuery(MyPulseRoundsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const canManage = useCanManagePulse();
  const rounds = data?.myPulseRounds ?? [];
  const open = rounds.filter((r) => r.state === 'OPEN');
  const closed = rounds.filter((r) => r.state === 'CLOSED');
  return (
    <>
      <PageTitle title={t('list.title')} />
      <PageHeading title={t('list.title')} lead={t('list.lead')} />
      {canManage ? (
        <p className="ins-pulse-manage">
          <Link to={PULSE_MANAGE_PATH}>{t('list.manage')}</Link>
        </p>
      ) : null}
      <QueryStates hasData={!!data} loading={loading} error={error} onRetry={() => refetch()} />
      {data ? (
        <>
          <section className="ins-pulse-list" aria-labelledby="pulse-open-title">
            <h2 id="pulse-open-title">{t('list.openTitle')}</h2>
            {open.length ? (
              <ul className="ins-pulse-rounds">
                {open.map((round) => (
                  <RoundItem key={round.id} round={round} />
                ))}
              </ul>
            ) : (
              <EmptyState title={t('list.openEmpty')} />
            )}
          </section>
          <section className="ins-pulse-list" aria-labelledby="pulse-closed-title">
            <h2 id="pulse-closed-title">{t('list.closedTitle')}</h2>
            {closed.length ? (
              <ul className="ins-pulse-rounds">
                {closed.map((round) => (
                  <RoundItem key={round.id} round={round} />
                ))}
              </ul>
            ) : (
              <p>{t('list.closedEmpty')}</p>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
