import { StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChallengeSummaryFieldsFragment } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { challengeStateLabel, timelineText } from '../challenge-format';
import { challengePath } from '../paths';

/** Challenges as cards: question, trajectory, state, timeline and number of ideas. */
export function ChallengeCards({
  challenges,
  label,
  showTrajectory = true,
}: {
  challenges: readonly ChallengeSummaryFieldsFragment[];
  label: string;
  showTrajectory?: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ul className="ins-challenge-cards" aria-label={label}>
      {challenges.map((challenge) => {
        const timeline = timelineText(t, language, challenge);
        return (
          <li key={challenge.id} className="ins-challenge-card">
            {showTrajectory ? (
              <p className="ins-challenge-card__eyebrow">{challenge.trajectoryTitle}</p>
            ) : null}
            <h2 className="ins-challenge-card__title">
              <Link to={challengePath(challenge.id)}>{challenge.title}</Link>
            </h2>
            <p className="ins-challenge-card__badges">
              <StatusBadge>{challengeStateLabel(t, challenge.state)}</StatusBadge>
            </p>
            {timeline ? <p className="ins-challenge-card__meta">{timeline}</p> : null}
            <p className="ins-challenge-card__meta">
              {t('challenges.ideaCount', {
                count: challenge.ideaCount,
                number: formatNumber(challenge.ideaCount, language),
              })}
            </p>
            {challenge.prize ? (
              <p className="ins-challenge-card__meta">
                {t('challenges.prizeShort', { prize: challenge.prize })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
