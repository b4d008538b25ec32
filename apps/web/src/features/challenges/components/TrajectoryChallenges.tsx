import { Heading2, StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { challengeStateLabel } from '../challenge-format';
import { useChallengeList } from '../hooks/useChallengeList';
import { challengePath, CHALLENGES_PATH } from '../paths';

/**
 * The challenges of one trajectory, for its public page and workspace: a short list with a
 * link to all of them. Renders nothing while loading or when there are none.
 */
export function TrajectoryChallenges({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const { challenges, hasMore } = useChallengeList(trajectoryId);
  if (challenges.length === 0) return null;
  return (
    <section aria-labelledby={`challenges-${trajectoryId}`} className="ins-trajectory-challenges">
      <Heading2 id={`challenges-${trajectoryId}`}>{t('challenges.ofTrajectoryTitle')}</Heading2>
      <ul>
        {challenges.slice(0, 5).map((challenge) => (
          <li key={challenge.id}>
            <Link to={challengePath(challenge.id)}>{challenge.title}</Link>{' '}
            <StatusBadge>{challengeStateLabel(t, challenge.state)}</StatusBadge>
          </li>
        ))}
      </ul>
      {hasMore || challenges.length > 5 ? (
        <p>
          <Link to={`${CHALLENGES_PATH}?traject=${encodeURIComponent(trajectoryId)}`}>
            {t('challenges.allOfTrajectory')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
