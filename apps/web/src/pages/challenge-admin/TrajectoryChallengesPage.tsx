import { useQuery } from '@apollo/client/react';
import {
  BUTTON_LINK_CLASS_NAME,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  Heading2,
  SecondaryActionButton,
  StatusBadge,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { stateBadgeStatus } from '../../features/challenge-admin/components/StateControls';
import { TrajectoryChallengesQuery } from '../../features/challenge-admin/graphql/challenge-admin';
import { useChallengeTrajectory } from '../../features/challenge-admin/hooks';
import { challengeAdminPaths, challengePath } from '../../features/challenge-admin/paths';
import { formatDay } from '../../features/challenge-admin/format';
import { useLanguage } from '../../i18n/useLanguage';
import '../../features/challenge-admin/challenge-admin.css';
import { PageState } from './PageStates';

const PAGE_SIZE = 50;

/** The challenges of one trajectory for its team: manage them, follow the jury, start a new one. */
export function TrajectoryChallengesPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { trajectory, notFound, error: trajectoryError, refetch } = useChallengeTrajectory(id);
  const { data, loading, error, fetchMore } = useQuery(TrajectoryChallengesQuery, {
    variables: { trajectoryId: id, first: PAGE_SIZE },
  });
  const location = useLocation();
  const ready = !!data;
  // A link to one challenge (SIM health evidence): bring it into view and focus it.
  useEffect(() => {
    if (!ready || !location.hash.startsWith('#item-')) return;
    const timer = setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [ready, location.key, location.hash]);

  if (notFound) {
    return <PageState state="notFound" backTo="/trajecten" backLabel={t('trajectories.title')} />;
  }
  if (trajectoryError) {
    return (
      <PageState
        state="error"
        onRetry={() => void refetch()}
        backTo="/trajecten"
        backLabel={t('trajectories.title')}
      />
    );
  }
  if (!trajectory) return <LoadingState label={t('common.loading')} />;

  const isJuror = trajectory.viewer.roles.includes('JURY_MEMBER');
  const canEdit = trajectory.viewer.canEdit;
  const challenges = data?.challenges.edges.map((edge) => edge.node) ?? [];
  const timeline = (opensAt: string | null | undefined, closesAt: string | null | undefined) => {
    const from = formatDay(opensAt, language);
    const to = formatDay(closesAt, language);
    if (from && to) return t('challengeAdmin.list.timeline', { from, to });
    if (from) return t('challengeAdmin.list.timelineFrom', { from });
    if (to) return t('challengeAdmin.list.timelineUntil', { to });
    return t('challengeAdmin.list.noTimeline');
  };
  const title = t('challengeAdmin.list.title');

  return (
    <>
      <PageTitle title={`${title} · ${trajectory.title}`} />
      <PageHeading
        eyebrow={<Link to={`/trajecten/${trajectory.id}`}>{trajectory.title}</Link>}
        title={title}
        lead={t('challengeAdmin.list.lead')}
      />
      {canEdit ? (
        <p>
          <Link className={BUTTON_LINK_CLASS_NAME} to={challengeAdminPaths.create(trajectory.id)}>
            {t('challengeAdmin.list.new')}
          </Link>
        </p>
      ) : null}
      {loading && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? <ErrorState description={t('common.loadError')} /> : null}
      {data && challenges.length === 0 ? (
        <EmptyState
          title={t('challengeAdmin.list.empty')}
          description={canEdit ? t('challengeAdmin.list.emptyEditor') : undefined}
        />
      ) : null}
      {challenges.length > 0 ? (
        <ul className="ins-card-list" aria-label={t('challengeAdmin.list.tableLabel')}>
          {challenges.map((challenge) => (
            <li
              key={challenge.id}
              id={`item-${challenge.id}`}
              tabIndex={-1}
              className="ins-card-list__item ins-challenge-card"
            >
              <Heading2 className="ins-challenge-card__title">
                {challenge.state === 'DRAFT' ? (
                  challenge.title
                ) : (
                  <Link to={challengePath(challenge.id)}>{challenge.title}</Link>
                )}
              </Heading2>
              <p className="ins-challenge-card__meta">
                <StatusBadge status={stateBadgeStatus(challenge.state)}>
                  {t(`challengeAdmin.states.${challenge.state}`)}
                </StatusBadge>
                <span>{t('challengeAdmin.list.ideas', { count: challenge.ideaCount })}</span>
                <span>{timeline(challenge.opensAt, challenge.closesAt)}</span>
              </p>
              <p className="ins-item-actions">
                {challenge.viewer.canEdit ? (
                  <Link to={challengeAdminPaths.manage(trajectory.id, challenge.id)}>
                    {t('challengeAdmin.list.manage')}
                    <span className="ins-visually-hidden">{` ${challenge.title}`}</span>
                  </Link>
                ) : null}
                {(challenge.viewer.canEdit || isJuror) &&
                (challenge.state === 'REVIEW' || challenge.state === 'CLOSED') ? (
                  <Link to={challengeAdminPaths.jury(trajectory.id, challenge.id)}>
                    {t('challengeAdmin.list.jury')}
                    <span className="ins-visually-hidden">{` ${challenge.title}`}</span>
                  </Link>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {data?.challenges.pageInfo.hasNextPage ? (
        <p className="ins-load-more">
          <SecondaryActionButton
            type="button"
            onClick={() =>
              void fetchMore({
                variables: { after: data.challenges.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  challenges: {
                    ...fetchMoreResult.challenges,
                    edges: [...previous.challenges.edges, ...fetchMoreResult.challenges.edges],
                  },
                }),
              })
            }
          >
            {t('common.loadMore')}
          </SecondaryActionButton>
        </p>
      ) : null}
    </>
  );
}
