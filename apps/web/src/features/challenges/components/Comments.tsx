import {
  Alert,
  EmptyState,
  ErrorState,
  Heading2,
  LoadingState,
  SecondaryActionButton,
  SubtleButton,
} from '@inspraak/web-ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { getFragmentData } from '../../../gql';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { challengeProblem } from '../challenge-errors';
import {
  AddCommentMutation,
  DeleteCommentMutation,
  UpdateCommentMutation,
} from '../graphql/challenge-mutations';
import {
  CommentFieldsFragment as CommentFragment,
  IdeaCommentsQuery,
} from '../graphql/challenge-queries';
import { Markdown } from '../markdown/Markdown';
import { commentAnchor } from '../paths';
import { CommentForm } from './CommentForm';
import { ConfirmDialog } from './ConfirmDialog';
import { ReportDialog } from './ReportDialog';

const PAGE_SIZE = 20;

/** Comments on an idea, threaded one level: post, reply, edit or delete one's own, report. */
export function Comments({ ideaId, canComment }: { ideaId: string; canComment: boolean }) {
  const { t } = useTranslation();
  const { data, loading, refetch, fetchMore } = useQuery(IdeaCommentsQuery, {
    variables: { id: ideaId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [add] = useMutation(AddCommentMutation);
  const [loadingMore, setLoadingMore] = useState(false);
  const problemOf = (caught: unknown) => challengeProblem(t, caught);

  const post = async (body: string, anonymous: boolean, parentId: string | null) => {
    await add({ variables: { input: { inputId: ideaId, body, anonymous, parentId } } });
    await refetch();
  };

  let content;
  if (loading && !data) content = <LoadingState label={t('common.loading')} />;
  else if (!data) {
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
  } else {
    const comments = data.idea.comments.edges.map((edge) => edge.node);
    const pageInfo = data.idea.comments.pageInfo;
    content = (
      <>
        {comments.length === 0 ? (
          <EmptyState title={t('challenges.comments.empty')} />
        ) : (
          <ol className="ins-comments" aria-label={t('challenges.comments.title')}>
            {comments.map((node) => {
              const comment = getFragmentData(CommentFragment, node);
              const replies = node.replies.map((reply) => getFragmentData(CommentFragment, reply));
              return (
                <li key={comment.id}>
                  <CommentItem
                    comment={comment}
                    onChanged={() => void refetch()}
                    reply={
                      canComment
                        ? (body, anonymous) => post(body, anonymous, comment.id)
                        : undefined
                    }
                  />
                  {replies.length > 0 ? (
                    <ol
                      className="ins-comments ins-comments--replies"
                      aria-label={t('challenges.comments.repliesLabel', { count: replies.length })}
                    >
                      {replies.map((reply) => (
                        <li key={reply.id}>
                          <CommentItem comment={reply} onChanged={() => void refetch()} />
                        </li>
                      ))}
                    </ol>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
        {pageInfo.hasNextPage ? (
          <div className="ins-load-more">
            <SecondaryActionButton
              busy={loadingMore}
              disabled={loadingMore}
              onClick={() => {
                setLoadingMore(true);
                void fetchMore({
                  variables: { after: pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    idea: {
                      ...fetchMoreResult.idea,
                      comments: {
                        ...fetchMoreResult.idea.comments,
                        edges: [
                          ...previous.idea.comments.edges,
                          ...fetchMoreResult.idea.comments.edges,
                        ],
                      },
                    },
                  }),
                }).finally(() => setLoadingMore(false));
              }}
            >
              {t('common.loadMore')}
            </SecondaryActionButton>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="idea-comments" className="ins-idea-comments">
      <Heading2 id="idea-comments">
        {t('challenges.comments.heading', { count: data?.idea.commentCount ?? 0 })}
      </Heading2>
      {content}
      {canComment ? (
        <CommentForm
          label={t('challenges.comments.new')}
          submitLabel={t('challenges.comments.post')}
          allowAnonymous
          problemOf={problemOf}
          onSubmit={(body, anonymous) => post(body, anonymous, null)}
        />
      ) : (
        <Alert type="info">{t('challenges.comments.closed')}</Alert>
      )}
    </section>
  );
}

function CommentItem({
  comment,
  onChanged,
  reply,
}: {
  comment: CommentFieldsFragment;
  onChanged: () => void;
  reply?: (body: string, anonymous: boolean) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const [dialog, setDialog] = useState<'delete' | 'report' | null>(null);
  const [update] = useMutation(UpdateCommentMutation);
  const [remove] = useMutation(DeleteCommentMutation);
  const author =
    comment.anonymous || !comment.author ? t('challenges.anonymous') : comment.author.name;
  const problemOf = (caught: unknown) => challengeProblem(t, caught);
  const ownHidden = comment.hidden && comment.viewer.isAuthor;

  return (
    <article
      className="ins-comment"
      id={commentAnchor(comment.id)}
      aria-label={t('challenges.comments.itemLabel', { author })}
    >
      <p className="ins-comment__meta">
        <span className="ins-comment__author">{author}</span>
        {comment.viewer.isAuthor ? (
          <span className="ins-comment__you">{t('challenges.comments.you')}</span>
        ) : null}
        <span>{formatDateTime(comment.createdAt, language)}</span>
        {comment.editedAt && !comment.deleted ? (
          <span>{t('challenges.comments.edited')}</span>
        ) : null}
      </p>
      {comment.deleted ? (
        <p className="ins-comment__removed">{t('challenges.comments.deleted')}</p>
      ) : comment.hidden && !ownHidden ? (
        <p className="ins-comment__removed">{t('challenges.comments.hidden')}</p>
      ) : mode === 'edit' ? (
        <CommentForm
          label={t('challenges.comments.editLabel')}
          submitLabel={t('common.save')}
          initial={comment.body}
          problemOf={problemOf}
          onCancel={() => setMode('view')}
          onSubmit={async (body) => {
            await update({ variables: { input: { id: comment.id, body } } });
            setMode('view');
            toast(t('challenges.comments.saved'));
          }}
        />
      ) : (
        <>
          {ownHidden ? (
            <Alert type="warning">
              {t('challenges.comments.hiddenOwn', {
                reason: comment.hiddenReason ?? t('challenges.idea.noReason'),
              })}
            </Alert>
          ) : null}
          <Markdown text={comment.body} className="ins-comment__body" />
        </>
      )}
      {mode === 'view' && !comment.deleted ? (
        <div className="ins-comment__actions">
          {reply && !comment.hidden ? (
            <SubtleButton type="button" onClick={() => setMode('reply')}>
              {t('challenges.comments.reply')}
            </SubtleButton>
          ) : null}
          {comment.viewer.canEdit ? (
            <SubtleButton type="button" onClick={() => setMode('edit')}>
              {t('common.edit')}
            </SubtleButton>
          ) : null}
          {comment.viewer.canDelete ? (
            <SubtleButton type="button" onClick={() => setDialog('delete')}>
              {t('challenges.comments.delete')}
            </SubtleButton>
          ) : null}
          {!comment.viewer.isAuthor && !comment.hidden ? (
            <SubtleButton type="button" onClick={() => setDialog('report')}>
              {t('challenges.report.action')}
            </SubtleButton>
          ) : null}
        </div>
      ) : null}
      {mode === 'reply' && reply ? (
        <CommentForm
          label={t('challenges.comments.replyLabel', { author })}
          submitLabel={t('challenges.comments.postReply')}
          allowAnonymous
          problemOf={problemOf}
          onCancel={() => setMode('view')}
          onSubmit={async (body, anonymous) => {
            await reply(body, anonymous);
            setMode('view');
          }}
        />
      ) : null}
      {dialog === 'report' ? (
        <ReportDialog kind="comment" contentId={comment.id} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={t('challenges.comments.deleteTitle')}
          message={t('challenges.comments.deleteMessage')}
          confirmLabel={t('challenges.comments.delete')}
          onClose={() => setDialog(null)}
          onConfirm={() => remove({ variables: { id: comment.id } })}
          onDone={() => {
            setDialog(null);
            toast(t('challenges.comments.deletedToast'));
            onChanged();
          }}
        />
      ) : null}
    </article>
  );
}
