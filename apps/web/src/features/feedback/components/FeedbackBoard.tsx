import { useQuery } from '@apollo/client/react';
import { EmptyState, SecondaryActionButton, StatusBadge, TextField } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../gql';
import type { InputSummaryFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { excerpt } from '../../../lib/excerpt';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDate } from '../../challenges/challenge-format';
import { Markdown } from '../../challenges/markdown/Markdown';
import { FEEDBACK_STATUSES } from '../feedback-status';
import {
  FeedbackBoardQuery,
  FeedbackFieldsFragment,
  InputSummaryFieldsFragment as InputSummaryFields,
} from '../graphql/feedback';
import {
  boardFilterFromParams,
  boardFilterToParams,
  boardFilterVariables,
  type BoardFilterState,
} from '../inbox-filter';
import { PhaseFilter, StatusSelect } from './FeedbackSelects';
import { FeedbackLinks } from './FeedbackLinks';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { QueryStates } from '../../../lib/QueryStates';

export const BOARD_PAGE_SIZE = 20;

// The board shows answered inputs only: never "received".
const BOARD_STATUSES = FEEDBACK_STATUSES.filter((status) => status !== 'RECEIVED');

function BoardCard({
  input,
  showTrajectory,
}: {
  input: InputSummaryFieldsFragment;
  showTrajectory: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const feedback = getFragmentData(FeedbackFieldsFragment, input.feedback);
  const headingId = `board-${input.id}`;
  const author = input.author.anonymous ? t('challenges.anonymous') : input.author.name;
  const responder =
    feedback.responder && !feedback.responder.anonymous
      ? feedback.responder.name
      : t('feedback.block.team');
  return (
    <li className="ins-board-card" aria-labelledby={headingId}>
      <div className="ins-board-card__said">
        <p className="ins-board-card__label">{t('feedback.board.youSaid')}</p>
        <h2 id={headingId} className="utrecht-heading-3 ins-board-card__title">
          <Link to={input.path}>{input.title}</Link>
        </h2>
        <p className="ins-board-card__meta">
          <StatusBadge status="neutral">{t(`feedback.kinds.${input.kind}`)}</StatusBadge>
          <span>
            {[
              t(`trajectories.phases.${input.phase}`),
              showTrajectory ? input.trajectory.title : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </p>
        <p className="ins-meta">{input.containerTitle}</p>
        <p>{excerpt(input.excerpt)}</p>
        <p className="ins-meta">
          {t('feedback.board.byline', { author, date: formatDate(input.createdAt, language) })}
        </p>
      </div>
      <div className="ins-board-card__did">
        <p className="ins-board-card__label">{t('feedback.board.weDid')}</p>
        <p>
          <FeedbackStatusBadge status={feedback.status} />
        </p>
        {feedback.mergedInto ? (
          <p>
            {t('feedback.block.mergedInto')}{' '}
            <Link to={feedback.mergedInto.path}>{feedback.mergedInto.title}</Link>
          </p>
        ) : null}
        {feedback.response ? (
          <div className="ins-board-card__response">
            <Markdown text={feedback.response} />
          </div>
        ) : null}
        {feedback.respondedAt ? (
          <p className="ins-meta">
            {t('feedback.block.respondedBy', {
              name: responder,
              date: formatDateTime(feedback.respondedAt, language),
            })}
          </p>
        ) : null}
        <FeedbackLinks links={feedback.links} label={t('feedback.board.changed')} />
      </div>
    </li>
  );
}

function BoardFilters({
  value,
  onChange,
}: {
  value: BoardFilterState;
  onChange: (next: BoardFilterState) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.search);
  return (
    <form
      className="ins-feedback-filters"
      role="search"
      aria-label={t('feedback.board.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...value, search });
      }}
    >
      <StatusSelect
        id="board-status"
        label={t('feedback.filters.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, search, status })}
        statuses={BOARD_STATUSES}
        emptyLabel={t('feedback.filters.allStatuses')}
      />
      <PhaseFilter
        id="board-phase"
        value={value.phase}
        onChange={(phase) => onChange({ ...value, search, phase })}
      />
      <div className="ins-merge-search">
        <TextField
          id="board-search"
          type="search"
          label={t('feedback.board.search')}
          value={search}
          onChange={setSearch}
          maxLength={200}
          autoComplete="off"
        />
        <SecondaryActionButton type="submit">{t('common.search')}</SecondaryActionButton>
      </div>
    </form>
  );
}

/**
 * "Jij zei, wij deden": answered inputs, newest response first, with what was said, the answer,
 * the status and what changed. The whole organisation, or one trajectory.
 */
export function FeedbackBoard({ trajectoryId }: { trajectoryId: string | null }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = boardFilterFromParams(params);
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedbackBoardQuery, {
    variables: { trajectoryId, filter: boardFilterVariables(filter), first: BOARD_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.feedbackBoard;
  const inputs = getFragmentData(
    InputSummaryFields,
    connection?.edges.map((edge) => edge.node) ?? [],
  );
  const filtered = !!(filter.status || filter.phase || filter.search);

  return (
    <>
      <BoardFilters
        key={filter.search}
        value={filter}
        onChange={(next) => setParams(boardFilterToParams(next), { replace: true })}
      />
      <section
        aria-label={t('feedback.board.listLabel')}
        aria-busy={loading || undefined}
        className="ins-board-section"
      >
        <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
        {data && inputs.length === 0 ? (
          <EmptyState
            title={filtered ? t('feedback.board.emptyFiltered') : t('feedback.board.empty')}
            description={t('feedback.board.emptyHint')}
          />
        ) : null}
        {inputs.length > 0 ? (
          <ul className="ins-board">
            {inputs.map((input) => (
              <BoardCard key={input.id} input={input} showTrajectory={!trajectoryId} />
            ))}
          </ul>
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <p className="ins-load-more">
            <SecondaryActionButton
              type="button"
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    feedbackBoard: {
                      ...fetchMoreResult.feedbackBoard,
                      edges: [
                        ...previous.feedbackBoard.edges,
                        ...fetchMoreResult.feedbackBoard.edges,
                      ],
                    },
                  }),
                })
              }
            >
              {t('common.loadMore')}
            </SecondaryActionButton>
          </p>
        ) : null}
      </section>
    </>
  );
}
