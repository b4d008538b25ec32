import { useQuery } from '@apollo/client/react';
import {
  ErrorState,
  Heading2,
  Heading3,
  LoadingState,
  SecondaryActionButton,
  StatusBadge,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import { formatDateTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDate } from '../../challenges/challenge-format';
import { Markdown } from '../../challenges/markdown/Markdown';
import { FeedbackFieldsFragment, InputFeedbackQuery } from '../graphql/feedback';
import { FeedbackHistory } from './FeedbackHistory';
import { FeedbackLinks } from './FeedbackLinks';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { MergeDialog, type MergeSearch } from './MergeDialog';
import { RespondForm } from './RespondForm';

export interface FeedbackSectionProps {
  inputId: string;
  /** How to find the inputs this one may be merged into; no merge without it. */
  mergeSearch?: MergeSearch;
  /** Queries of the surrounding page to load again after an answer. */
  refetch?: string[];
}

const OWN_QUERIES = ['InputFeedback'];

/**
 * "What happened with it": the status, the public response with who gave it and when, what was
 * done (links), where it was merged, and the history. Those who may answer see the due date
 * and the form to answer or merge.
 */
export function FeedbackSection({ inputId, mergeSearch, refetch = [] }: FeedbackSectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [merging, setMerging] = useState(false);
  const {
    data,
    loading,
    error,
    refetch: reload,
  } = useQuery(InputFeedbackQuery, {
    variables: { id: inputId },
  });
  const refetchAll = [...OWN_QUERIES, ...refetch];

  if (loading && !data) {
    return (
      <section className="ins-surface ins-feedback" aria-label={t('feedback.block.title')}>
        <LoadingState label={t('common.loading')} />
      </section>
    );
  }
  const input = data?.input;
  if (!input) {
    return (
      <section className="ins-surface ins-feedback" aria-label={t('feedback.block.title')}>
        {error ? (
          <ErrorState
            description={t('common.loadError')}
            action={
              <SecondaryActionButton onClick={() => void reload()}>
                {t('common.retry')}
              </SecondaryActionButton>
            }
          />
        ) : null}
      </section>
    );
  }

  const feedback = getFragmentData(FeedbackFieldsFragment, input.feedback);
  const history = input.feedback.history;
  const responder = (who: { name: string; anonymous: boolean } | null | undefined) =>
    who && !who.anonymous ? who.name : t('feedback.block.team');
  const waiting = !feedback.firstRespondedAt && feedback.status !== 'MERGED';

  return (
    <section aria-labelledby="feedback-heading" className="ins-surface ins-feedback">
      <Heading2 id="feedback-heading">{t('feedback.block.title')}</Heading2>
      <p className="ins-feedback__status">
        <span className="ins-visually-hidden">{`${t('feedback.block.status')} `}</span>
        <FeedbackStatusBadge status={feedback.status} />
        {input.canRespond && waiting ? (
          feedback.overdue ? (
            <StatusBadge status="danger">
              {t('feedback.block.overdue', { date: formatDate(feedback.dueAt, language) })}
            </StatusBadge>
          ) : (
            <span className="ins-meta">
              {t('feedback.block.due', { date: formatDate(feedback.dueAt, language) })}
            </span>
          )
        ) : null}
      </p>
      {feedback.mergedInto ? (
        <p className="ins-feedback__merged">
          {t('feedback.block.mergedInto')}{' '}
          <Link to={feedback.mergedInto.path}>{feedback.mergedInto.title}</Link>
        </p>
      ) : null}
      {feedback.response ? (
        <div className="ins-feedback__response">
          <Markdown text={feedback.response} />
          {feedback.respondedAt ? (
            <p className="ins-meta">
              {t('feedback.block.respondedBy', {
                name: responder(feedback.responder),
                date: formatDateTime(feedback.respondedAt, language),
              })}
            </p>
          ) : null}
        </div>
      ) : (
        <p>{t('feedback.block.noResponse')}</p>
      )}
      {feedback.links.length > 0 ? (
        <>
          <Heading3>{t('feedback.block.links')}</Heading3>
          <FeedbackLinks links={feedback.links} label={t('feedback.block.links')} />
        </>
      ) : null}
      <FeedbackHistory
        entries={history}
        summary={t('feedback.block.history', { count: history.length })}
        responderName={responder}
      />
      {input.canRespond && feedback.status !== 'MERGED' ? (
        <div className="ins-feedback__respond">
          <Heading3>{t('feedback.respond.title')}</Heading3>
          <RespondForm
            target={{
              id: input.id,
              title: input.title,
              trajectoryId: input.trajectory.id,
              status: feedback.status,
              firstResponse: !feedback.firstRespondedAt,
            }}
            refetch={refetchAll}
          />
          {mergeSearch ? (
            <p>
              <SecondaryActionButton type="button" onClick={() => setMerging(true)}>
                {t('feedback.merge.open')}
              </SecondaryActionButton>
            </p>
          ) : null}
        </div>
      ) : null}
      {merging && mergeSearch ? (
        <MergeDialog
          source={{ id: input.id, title: input.title }}
          search={mergeSearch}
          refetch={refetchAll}
          onClose={() => setMerging(false)}
        />
      ) : null}
    </section>
  );
}
