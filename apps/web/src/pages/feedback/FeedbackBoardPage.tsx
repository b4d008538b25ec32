import { LoadingState, PageHeading } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useChallengeTrajectory } from '../../features/challenge-admin/hooks';
import { FeedbackBoard } from '../../features/feedback/components/FeedbackBoard';
import { PageState } from '../challenge-admin/PageStates';
import '../../features/feedback/feedback.css';

/** "Jij zei, wij deden" for the whole organisation. */
export function FeedbackBoardPage() {
  const { t } = useTranslation();
  const title = t('feedback.board.title');
  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('feedback.board.lead')} />
      <FeedbackBoard trajectoryId={null} />
    </>
  );
}

/** "Jij zei, wij deden" of one trajectory (a link in its workspace navigation). */
export function TrajectoryFeedbackBoardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { trajectory, notFound, error, refetch } = useChallengeTrajectory(id);
  if (notFound) {
    return <PageState state="notFound" backTo="/trajecten" backLabel={t('trajectories.title')} />;
  }
  if (error) {
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
  const title = t('feedback.board.title');
  return (
    <>
      <PageTitle title={`${title} · ${trajectory.title}`} />
      <PageHeading
        eyebrow={<Link to={`/trajecten/${trajectory.id}`}>{trajectory.title}</Link>}
        title={title}
        lead={t('feedback.board.trajectoryLead')}
      />
      <FeedbackBoard trajectoryId={trajectory.id} />
    </>
  );
}
