import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  Heading3,
  LoadingState,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { excerpt } from '../../../lib/excerpt';
import { RespondForm } from '../../feedback/components/RespondForm';
import { IdeasAwaitingResponseQuery } from '../graphql/challenge-admin';
import { ideaPath } from '../paths';

/**
 * The oldest ideas without a response, one page at a time (answering one brings the next in);
 * the total comes from Challenge.awaitingResponseCount.
 */
export const AWAITING_PAGE = 50;

// Answering an idea takes it off this list and may unblock closing the challenge.
const REFETCH_AFTER_ANSWER = ['IdeasAwaitingResponse', 'ChallengeAdmin'];

/**
 * The closing rule made visible: every idea that still needs a published response, each with
 * the feedback form (status and public text, from a template if one fits).
 */
export function AwaitingResponses({
  challengeId,
  trajectoryId,
  canRespond,
}: {
  challengeId: string;
  trajectoryId: string;
  canRespond: boolean;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(IdeasAwaitingResponseQuery, {
    variables: { challengeId, first: AWAITING_PAGE },
  });
  const ideas = data?.ideasAwaitingResponse ?? [];
  return (
    <section
      id="awaiting-responses"
      tabIndex={-1}
      aria-labelledby="awaiting-responses-heading"
      className="ins-awaiting"
    >
      <h2 id="awaiting-responses-heading" className="utrecht-heading-2">
        {t('challengeAdmin.awaiting.title')}
      </h2>
      <p>{t('challengeAdmin.awaiting.intro')}</p>
      {loading && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? (
        <ErrorState
          description={t('common.loadError')}
          action={
            <SecondaryActionButton onClick={() => void refetch()}>
              {t('common.retry')}
            </SecondaryActionButton>
          }
        />
      ) : null}
      {data && ideas.length === 0 ? (
        <EmptyState
          title={t('challengeAdmin.awaiting.none')}
          description={t('challengeAdmin.awaiting.noneHint')}
        />
      ) : null}
      {ideas.length > 0 ? (
        <>
          <p className="ins-meta" aria-live="polite">
            {t('challengeAdmin.awaiting.count', {
              count: data?.challenge.awaitingResponseCount ?? ideas.length,
            })}
          </p>
          <ul className="ins-card-list" aria-label={t('challengeAdmin.awaiting.listLabel')}>
            {ideas.map((idea) => (
              <li key={idea.id} className="ins-card-list__item">
                <Heading3>
                  <Link to={ideaPath(idea.id)}>{idea.title}</Link>
                </Heading3>
                <p className="ins-awaiting__excerpt">{excerpt(idea.description)}</p>
                {canRespond ? (
                  <RespondForm
                    target={{
                      id: idea.id,
                      title: idea.title,
                      trajectoryId,
                      status: idea.feedback.status,
                      firstResponse: true,
                    }}
                    refetch={REFETCH_AFTER_ANSWER}
                    textLabel={t('challengeAdmin.awaiting.responseLabel', { title: idea.title })}
                    submitSuffix={<span className="ins-visually-hidden">{` ${idea.title}`}</span>}
                    withDecision={false}
                    // The idea left the list: continue with the list itself.
                    onDone={() =>
                      setTimeout(() => document.getElementById('awaiting-responses')?.focus(), 0)
                    }
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
