import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  EmptyState,
  MessagePage,
  PageHeading,
  PrimaryActionButton,
  SecondaryActionButton,
  StatusBadge,
  SubtleButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { Permission } from '../../features/auth/permissions';
import { BULK_MAX, BulkRespondDialog } from '../../features/feedback/components/BulkRespondDialog';
import { FeedbackMetricsTable } from '../../features/feedback/components/FeedbackMetricsTable';
import { FeedbackNav } from '../../features/feedback/components/FeedbackNav';
import { InboxFilters } from '../../features/feedback/components/InboxFilters';
import { InboxTable } from '../../features/feedback/components/InboxTable';
import {
  FeedbackInboxIdsQuery,
  FeedbackInboxQuery,
  FeedbackTrajectoriesQuery,
  InputSummaryFieldsFragment,
} from '../../features/feedback/graphql/feedback';
import {
  inboxFilterFromParams,
  inboxFilterToParams,
  inboxFilterVariables,
} from '../../features/feedback/inbox-filter';
import { FEEDBACK_PATHS, trajectoryBoardPath } from '../../features/feedback/paths';
import { getFragmentData } from '../../gql';
import type { FeedbackInboxIdsQuery as InboxIds } from '../../gql/graphql';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/feedback/feedback.css';
import { QueryStates } from '../../lib/QueryStates';

export const INBOX_PAGE_SIZE = 25;
const IDS_PAGE_SIZE = 100;

/**
 * The moderators' and trajectory teams' inbox: inputs by due date, overdue ones flagged,
 * filters, counts; select rows and answer them at once; the loop's figures below.
 */
export function FeedbackInboxPage() {
  const { t } = useTranslation();
  const { canAny } = useCurrentUser();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter = inboxFilterFromParams(params);
  const filterVariables = inboxFilterVariables(filter);
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedbackInboxQuery, {
    variables: { filter: filterVariables, first: INBOX_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const moderator = canAny([Permission.CONTENT_MODERATE]);
  const trajectories = useQuery(FeedbackTrajectoriesQuery, { variables: { mine: !moderator } });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [collecting, setCollecting] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  const title = t('feedback.inbox.title');

  if (!data && error && apiErrorCode(error) === 'FORBIDDEN') {
    return (
      <>
        <PageTitle title={title} />
        <MessagePage
          code="403"
          title={t('feedback.inbox.forbiddenTitle')}
          lead={t('feedback.inbox.forbidden')}
          actions={<Link to={FEEDBACK_PATHS.board}>{t('feedback.board.title')}</Link>}
        />
      </>
    );
  }

  const connection = data?.feedbackInbox;
  const inputs = getFragmentData(
    InputSummaryFieldsFragment,
    connection?.edges.map((edge) => edge.node) ?? [],
  );
  const answerable = inputs.filter((input) => input.canRespond);
  const total = connection?.totalCount ?? 0;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const input of answerable) {
        if (on) next.add(input.id);
        else next.delete(input.id);
      }
      return next;
    });

  /** Every answerable result of the filter (up to the bulk limit), fetched by id only. */
  const selectAllResults = async () => {
    setCollecting(true);
    try {
      const ids = new Set(selected);
      let after: string | null = null;
      for (;;) {
        const page: { data?: InboxIds } = await client.query({
          query: FeedbackInboxIdsQuery,
          variables: { filter: filterVariables, first: IDS_PAGE_SIZE, after },
          fetchPolicy: 'network-only',
        });
        const inbox: InboxIds['feedbackInbox'] | undefined = page.data?.feedbackInbox;
        for (const edge of inbox?.edges ?? []) {
          if (edge.node.canRespond && ids.size < BULK_MAX) ids.add(edge.node.id);
        }
        if (!inbox?.pageInfo.hasNextPage || ids.size >= BULK_MAX) break;
        after = inbox.pageInfo.endCursor ?? null;
      }
      setSelected(ids);
    } finally {
      setCollecting(false);
    }
  };

  const loadMore = () =>
    connection?.pageInfo.endCursor
      ? fetchMore({
          variables: { after: connection.pageInfo.endCursor },
          updateQuery: (previous, { fetchMoreResult }) => ({
            feedbackInbox: {
              ...fetchMoreResult.feedbackInbox,
              edges: [...previous.feedbackInbox.edges, ...fetchMoreResult.feedbackInbox.edges],
            },
          }),
        })
      : undefined;

  const trajectoryList = trajectories.data?.trajectories.edges.map((edge) => edge.node) ?? [];
  const tooMany = selected.size > BULK_MAX;

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('feedback.inbox.lead')} />
      <FeedbackNav search={filter.trajectoryId ? `?traject=${filter.trajectoryId}` : ''} />
      <InboxFilters
        value={filter}
        trajectories={trajectoryList}
        onChange={(next) => {
          setSelected(new Set());
          setParams(inboxFilterToParams(next), { replace: true });
        }}
      />
      <section
        id="feedback-inbox"
        tabIndex={-1}
        aria-labelledby="feedback-inbox-count"
        aria-busy={loading || undefined}
      >
        <p id="feedback-inbox-count" className="ins-inbox-counts" aria-live="polite">
          {connection ? (
            <>
              <span>{t('feedback.inbox.count', { count: total })}</span>
              {connection.overdueCount > 0 ? (
                <StatusBadge status="danger">
                  {t('feedback.inbox.overdueCount', { count: connection.overdueCount })}
                </StatusBadge>
              ) : null}
            </>
          ) : (
            t('feedback.inbox.title')
          )}
        </p>
        <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
        {data && inputs.length === 0 ? (
          <EmptyState
            title={t('feedback.inbox.empty')}
            description={t('feedback.inbox.emptyHint')}
          />
        ) : null}
        {selected.size > 0 || (answerable.length > 0 && total > answerable.length) ? (
          <div className="ins-bulk-bar" role="group" aria-label={t('feedback.inbox.selection')}>
            <p aria-live="polite">{t('feedback.inbox.selected', { count: selected.size })}</p>
            {selected.size > 0 ? (
              <PrimaryActionButton
                type="button"
                disabled={tooMany}
                onClick={() => setBulkOpen(true)}
              >
                {t('feedback.inbox.answerSelected')}
              </PrimaryActionButton>
            ) : null}
            {total > selected.size ? (
              <SecondaryActionButton
                type="button"
                busy={collecting}
                disabled={collecting}
                onClick={() => void selectAllResults()}
              >
                {t('feedback.inbox.selectAll', { count: Math.min(total, BULK_MAX) })}
              </SecondaryActionButton>
            ) : null}
            {selected.size > 0 ? (
              <SubtleButton type="button" onClick={() => setSelected(new Set())}>
                {t('feedback.inbox.clearSelection')}
              </SubtleButton>
            ) : null}
          </div>
        ) : null}
        {inputs.length > 0 ? (
          <InboxTable
            inputs={inputs}
            selected={selected}
            onToggle={toggle}
            onToggleAll={toggleAll}
            label={t('feedback.inbox.tableLabel')}
          />
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <p className="ins-load-more">
            <SecondaryActionButton type="button" onClick={() => void loadMore()}>
              {t('common.loadMore')}
            </SecondaryActionButton>
          </p>
        ) : null}
      </section>
      {data ? <FeedbackMetricsTable trajectoryId={filter.trajectoryId || null} /> : null}
      {bulkOpen ? (
        <BulkRespondDialog
          inputIds={[...selected]}
          trajectoryId={filter.trajectoryId || null}
          onClose={() => setBulkOpen(false)}
          onFinished={() => {
            setSelected(new Set());
            // The answered inputs leave or change in the list, and the figures move.
            void client.refetchQueries({ include: ['FeedbackInbox', 'FeedbackMetrics'] });
          }}
        />
      ) : null}
      <p>
        <Link
          to={filter.trajectoryId ? trajectoryBoardPath(filter.trajectoryId) : FEEDBACK_PATHS.board}
        >
          {t('feedback.inbox.toBoard')}
        </Link>
      </p>
    </>
  );
}
