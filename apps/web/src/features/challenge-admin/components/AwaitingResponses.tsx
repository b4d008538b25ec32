import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  Heading3,
  LoadingState,
  PrimaryActionButton,
  SecondaryActionButton,
  TextAreaField,
} from '@inspraak/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToast } from '../../../app/toasts';
import { challengeProblem } from '../challenge-errors';
import {
  ChallengeAdminQuery,
  IdeasAwaitingResponseQuery,
  SetIdeaResponseMutation,
} from '../graphql/challenge-admin';
import { ideaPath } from '../paths';

/**
 * The oldest ideas without a response, one page at a time (answering one brings the next in);
 * the total comes from Challenge.awaitingResponseCount.
 */
export const AWAITING_PAGE = 50;
const RESPONSE_MAX = 4000;

interface AwaitingIdea {
  id: string;
  title: string;
  description: string;
}

function ResponseForm({ idea, challengeId }: { idea: AwaitingIdea; challengeId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const fieldId = `response-${idea.id}`;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [respond, { loading }] = useMutation(SetIdeaResponseMutation, {
    refetchQueries: [
      { query: IdeasAwaitingResponseQuery, variables: { challengeId, first: AWAITING_PAGE } },
      { query: ChallengeAdminQuery, variables: { id: challengeId } },
    ],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!text.trim()) {
      setError(t('fieldErrors.REQUIRED'));
      document.getElementById(fieldId)?.focus();
      return;
    }
    setError(null);
    try {
      await respond({ variables: { input: { id: idea.id, text: text.trim() } } });
      toast(t('challengeAdmin.awaiting.published', { title: idea.title }));
      // The idea left the list: continue with the list itself.
      setTimeout(() => document.getElementById('awaiting-responses')?.focus(), 0);
    } catch (caught) {
      setProblem(challengeProblem(t, caught));
    }
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ins-awaiting__form">
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <TextAreaField
        id={fieldId}
        label={t('challengeAdmin.awaiting.responseLabel', { title: idea.title })}
        description={t('challengeAdmin.awaiting.responseHint')}
        value={text}
        onChange={setText}
        error={error}
        errorPrefix={t('common.errorPrefix')}
        maxLength={RESPONSE_MAX}
        required
      />
      <div className="ins-button-row">
        <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
          {t('challengeAdmin.awaiting.publish')}
          <span className="ins-visually-hidden">{` ${idea.title}`}</span>
        </PrimaryActionButton>
      </div>
    </form>
  );
}

/**
 * The closing rule made visible: every idea that still needs a published response, each with
 * a form to publish it (a plain text until the feedback loop replaces it).
 */
export function AwaitingResponses({
  challengeId,
  canRespond,
}: {
  challengeId: string;
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
                {canRespond ? <ResponseForm idea={idea} challengeId={challengeId} /> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The first 200 characters of the description as plain text on one line (no Markdown marks). */
export function excerpt(text: string, max = 200): string {
  const flat = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
