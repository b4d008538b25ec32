import {
  Alert,
  ErrorState,
  Heading2,
  LoadingState,
  MessagePage,
  PageHeading,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { formatDate } from '../../features/challenges/challenge-format';
import { Comments } from '../../features/challenges/components/Comments';
import { ConfirmDialog } from '../../features/challenges/components/ConfirmDialog';
import { IdeaBadges } from '../../features/challenges/components/IdeaList';
import { ReportDialog } from '../../features/challenges/components/ReportDialog';
import { SupportButton } from '../../features/challenges/components/SupportButton';
import { WithdrawIdeaMutation } from '../../features/challenges/graphql/challenge-mutations';
import {
  IdeaCardFieldsFragment,
  IdeaQuery,
  SimilarIdeasQuery,
} from '../../features/challenges/graphql/challenge-queries';
import { forgetIdeaLists } from '../../features/challenges/hooks/idea-cache';
import { useFollowToggle } from '../../features/challenges/hooks/useIdeaToggles';
import { Markdown } from '../../features/challenges/markdown/Markdown';
import { CHALLENGES_PATH, challengePath, editIdeaPath } from '../../features/challenges/paths';
import { FeedbackSection } from '../../features/feedback/components/FeedbackSection';
import type { MergeSearch } from '../../features/feedback/components/MergeDialog';
import { getFragmentData } from '../../gql';
import { useLanguage } from '../../i18n/useLanguage';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/challenges/challenges.css';
import '../../features/feedback/feedback.css';

/** One idea: its text, support and follow, the feedback on it, and the comments. */
export function IdeaPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(IdeaQuery, { variables: { id } });
  const follow = useFollowToggle();
  const [withdraw] = useMutation(WithdrawIdeaMutation);
  const [dialog, setDialog] = useState<'report' | 'withdraw' | null>(null);
  const client = useApolloClient();

  if (loading && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    if (apiErrorCode(error) === 'NOT_FOUND') {
      return (
        <>
          <PageTitle title={t('notFound.title')} />
          <MessagePage
            code="404"
            title={t('notFound.title')}
            lead={t('challenges.idea.notFound')}
            actions={<Link to={CHALLENGES_PATH}>{t('challenges.title')}</Link>}
          />
        </>
      );
    }
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }

  const idea = data.idea;
  const card = getFragmentData(IdeaCardFieldsFragment, idea);
  const withdrawn = card.status === 'WITHDRAWN';
  const challengeState = idea.challenge.state;
  const active = !withdrawn && !card.hidden;
  const canSupport = active && (challengeState === 'OPEN' || challengeState === 'REVIEW');
  const canComment = active && challengeState !== 'CLOSED';
  const author = card.anonymous || !card.author ? t('challenges.anonymous') : card.author.name;
  // Duplicates are merged into an idea of the same challenge, found by words of its title.
  const mergeSearch: MergeSearch = async (text) => {
    const result = await client.query({
      query: SimilarIdeasQuery,
      variables: { challengeId: idea.challenge.id, text },
      fetchPolicy: 'network-only',
    });
    return result.data?.similarIdeas.map(({ id, title }) => ({ id, title })) ?? [];
  };

  return (
    <>
      <PageTitle title={card.title} />
      <PageHeading
        eyebrow={<Link to={challengePath(idea.challenge.id)}>{idea.challenge.title}</Link>}
        title={card.title}
      />
      <p className="ins-idea-byline">
        {t('challenges.idea.byline', { author, date: formatDate(card.createdAt, language) })}
        {idea.editedAt ? ` · ${t('challenges.idea.edited')}` : null}
        {idea.viewer.isAuthor ? (
          <span className="ins-comment__you">
            {card.anonymous ? t('challenges.idea.youAnonymous') : t('challenges.idea.you')}
          </span>
        ) : null}
      </p>
      <IdeaBadges idea={card} />
      {card.hidden && idea.viewer.isAuthor ? (
        <Alert type="warning">
          <Heading2 className="ins-alert-heading">{t('challenges.idea.hiddenTitle')}</Heading2>
          <p>
            {t('challenges.idea.hiddenOwn', {
              reason: idea.hiddenReason ?? t('challenges.idea.noReason'),
            })}
          </p>
        </Alert>
      ) : card.hidden ? (
        <Alert type="info">{t('challenges.idea.hiddenOther')}</Alert>
      ) : null}
      {withdrawn ? <Alert type="info">{t('challenges.idea.withdrawnNote')}</Alert> : null}

      <div className="ins-idea-layout">
        <article className="ins-surface ins-idea-body" aria-label={t('challenges.idea.textLabel')}>
          <Markdown text={card.description} />
          {idea.attachments.length > 0 ? (
            <ul className="ins-idea-images" aria-label={t('challenges.images.legend')}>
              {idea.attachments.map((image, index) => (
                <li key={image.id}>
                  <a href={image.url} target="_blank" rel="noopener">
                    <img
                      src={image.url}
                      width={image.width}
                      height={image.height}
                      loading="lazy"
                      alt={
                        image.description ||
                        t('challenges.images.ideaAlt', { number: index + 1, title: card.title })
                      }
                    />
                    <span className="ins-visually-hidden">{t('challenges.similar.newTab')}</span>
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {card.tags.length > 0 ? (
            <ul className="ins-tags" aria-label={t('challenges.idea.tags')}>
              {card.tags.map((tag) => (
                <li key={tag} className="ins-tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
        </article>
        <aside className="ins-surface ins-idea-actions" aria-label={t('challenges.idea.actions')}>
          <SupportButton idea={card} disabled={!canSupport} />
          <button
            type="button"
            className="ins-follow-button"
            aria-pressed={idea.viewer.following}
            disabled={withdrawn}
            onClick={() =>
              void follow.toggle({
                id: card.id,
                followerCount: idea.followerCount,
                following: idea.viewer.following,
              })
            }
          >
            {t('challenges.follow.label')}
          </button>
          <p className="ins-meta">{t('challenges.follow.count', { count: idea.followerCount })}</p>
          {idea.viewer.canEdit ? (
            <Link to={editIdeaPath(card.id)} className="ins-button-link ins-button-link--secondary">
              {t('challenges.idea.edit')}
            </Link>
          ) : null}
          {idea.viewer.canWithdraw ? (
            <SecondaryActionButton type="button" onClick={() => setDialog('withdraw')}>
              {t('challenges.idea.withdraw')}
            </SecondaryActionButton>
          ) : null}
          {!idea.viewer.isAuthor && !card.hidden ? (
            <SecondaryActionButton type="button" onClick={() => setDialog('report')}>
              {t('challenges.report.actionIdea')}
            </SecondaryActionButton>
          ) : null}
        </aside>
      </div>

      <FeedbackSection inputId={card.id} mergeSearch={mergeSearch} refetch={['Idea']} />

      <Comments ideaId={card.id} canComment={canComment} />

      {dialog === 'report' ? (
        <ReportDialog kind="idea" contentId={card.id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'withdraw' ? (
        <ConfirmDialog
          title={t('challenges.idea.withdrawTitle')}
          message={t('challenges.idea.withdrawMessage')}
          confirmLabel={t('challenges.idea.withdraw')}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            withdraw({
              variables: { id: card.id },
              update: (cache) => forgetIdeaLists(cache, card.challengeId),
            })
          }
          onDone={() => {
            setDialog(null);
            toast(t('challenges.idea.withdrawn'));
          }}
        />
      ) : null}
    </>
  );
}
