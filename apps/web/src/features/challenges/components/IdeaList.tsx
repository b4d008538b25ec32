import { StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaCardFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../challenge-format';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { FeedbackStatusBadge } from '../../feedback/components/FeedbackStatusBadge';
import { plainText } from '../markdown/Markdown';
import { ideaPath } from '../paths';
import { SupportButton } from './SupportButton';

export type IdeaView = 'cards' | 'list';

const EXCERPT_LENGTH = 180;

function excerpt(description: string): string {
  const text = plainText(description);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

export interface IdeaListProps {
  ideas: readonly IdeaCardFieldsFragment[];
  view: IdeaView;
  label: string;
  /** Supporting is possible (the challenge is open or in review). */
  canSupport: boolean;
  onTag?: (tag: string) => void;
}

/** The ideas of a challenge as cards or as a compact list; each with its support toggle. */
export function IdeaList({ ideas, view, label, canSupport, onTag }: IdeaListProps) {
  return (
    <ul className={view === 'cards' ? 'ins-idea-cards' : 'ins-idea-list'} aria-label={label}>
      {ideas.map((idea) => (
        <IdeaItem key={idea.id} idea={idea} view={view} canSupport={canSupport} onTag={onTag} />
      ))}
    </ul>
  );
}

function IdeaItem({
  idea,
  view,
  canSupport,
  onTag,
}: {
  idea: IdeaCardFieldsFragment;
  view: IdeaView;
  canSupport: boolean;
  onTag?: (tag: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const withdrawn = idea.status === 'WITHDRAWN';
  const author = idea.anonymous || !idea.author ? t('challenges.anonymous') : idea.author.name;
  return (
    <li className={view === 'cards' ? 'ins-idea-card' : 'ins-idea-row'}>
      <div className="ins-idea-card__main">
        <h3 className="ins-idea-card__title">
          <Link to={ideaPath(idea.id)}>{idea.title}</Link>
        </h3>
        <p className="ins-idea-card__meta">
          {t('challenges.idea.byline', {
            author,
            date: formatDate(idea.createdAt, language),
          })}
        </p>
        <IdeaBadges idea={idea} />
        {view === 'cards' ? (
          <p className="ins-idea-card__excerpt">{excerpt(idea.description)}</p>
        ) : null}
        {idea.tags.length > 0 ? (
          <ul className="ins-tags" aria-label={t('challenges.idea.tags')}>
            {idea.tags.map((tag) =>
              onTag ? (
                <li key={tag}>
                  <button
                    type="button"
                    className="ins-tag ins-tag--button"
                    onClick={() => onTag(tag)}
                    aria-label={t('challenges.list.filterByTag', { tag })}
                  >
                    {tag}
                  </button>
                </li>
              ) : (
                <li key={tag} className="ins-tag">
                  {tag}
                </li>
              ),
            )}
          </ul>
        ) : null}
      </div>
      <div className="ins-idea-card__footer">
        <SupportButton idea={idea} disabled={!canSupport || withdrawn || idea.hidden} />
        <span className="ins-idea-card__count">
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M4 5h16v10H9l-5 4z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
          </svg>
          {t('challenges.idea.comments', {
            count: idea.commentCount,
            number: formatNumber(idea.commentCount, language),
          })}
        </span>
      </div>
    </li>
  );
}

/** Withdrawn and hidden as badges, and the feedback status once there is more than "received". */
export function IdeaBadges({
  idea,
}: {
  idea: Pick<IdeaCardFieldsFragment, 'status' | 'hidden' | 'feedback'>;
}) {
  const { t } = useTranslation();
  const badges: string[] = [];
  if (idea.status === 'WITHDRAWN') badges.push(t('challenges.idea.withdrawnBadge'));
  if (idea.hidden) badges.push(t('challenges.idea.hiddenBadge'));
  const feedback = idea.feedback.status === 'RECEIVED' ? null : idea.feedback.status;
  if (badges.length === 0 && !feedback) return null;
  return (
    <p className="ins-idea-card__badges">
      {badges.map((badge) => (
        <StatusBadge key={badge}>{badge}</StatusBadge>
      ))}
      {feedback ? <FeedbackStatusBadge status={feedback} /> : null}
    </p>
  );
}
