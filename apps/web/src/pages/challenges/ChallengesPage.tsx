import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  SecondaryActionButton,
  LoadMore,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { ChallengeCards } from '../../features/challenges/components/ChallengeCards';
import { useChallengeList } from '../../features/challenges/hooks/useChallengeList';
import { CHALLENGES_PATH } from '../../features/challenges/paths';
import '../../features/challenges/challenges.css';

/**
 * "Uitdagingen": the open challenges the viewer may see across the organisation, or with
 * `?traject=<id>` every challenge of one trajectory.
 */
export function ChallengesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const trajectoryId = params.get('traject');
  const { challenges, loading, loadingMore, error, hasMore, loadMore, refetch } =
    useChallengeList(trajectoryId);
  const trajectoryTitle = trajectoryId ? challenges[0]?.trajectoryTitle : undefined;
  const title = trajectoryId ? t('challenges.ofTrajectoryTitle') : t('challenges.title');

  let content;
  if (loading) content = <LoadingState label={t('common.loading')} />;
  else if (error) {
    content = (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (challenges.length === 0) {
    content = (
      <EmptyState
        title={trajectoryId ? t('challenges.emptyTrajectory') : t('challenges.empty')}
        description={trajectoryId ? undefined : t('challenges.emptyHint')}
      />
    );
  } else {
    content = (
      <>
        <ChallengeCards challenges={challenges} label={title} showTrajectory={!trajectoryId} />
        <LoadMore
          status={t('challenges.shown', { count: challenges.length })}
          hasMore={hasMore}
          loading={loadingMore}
          onLoadMore={() => void loadMore()}
          label={t('common.loadMore')}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle title={trajectoryTitle ? `${title} · ${trajectoryTitle}` : title} />
      <PageHeading
        eyebrow={
          trajectoryId ? (
            <Link to={`/trajecten/${trajectoryId}`}>
              {trajectoryTitle ?? t('challenges.backToTrajectory')}
            </Link>
          ) : undefined
        }
        title={title}
        lead={trajectoryId ? undefined : t('challenges.lead')}
      />
      {trajectoryId ? (
        <p>
          <Link to={CHALLENGES_PATH}>{t('challenges.allOpen')}</Link>
        </p>
      ) : null}
      {content}
    </>
  );
}
