import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  RadioGroupField,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { ModerationItemCard } from '../../features/moderation/components/ModerationItemCard';
import {
  ModerationItemFieldsFragment,
  ModerationQueueQuery,
} from '../../features/moderation/graphql/moderation';
import { getFragmentData } from '../../gql';
import type { ModerationQueueStatus } from '../../gql/graphql';
import '../../features/challenge-admin/challenge-admin.css';

export const MODERATION_PAGE_SIZE = 20;

/**
 * The moderator queue: reported content with counts per reason and excerpts, and hidden
 * content; hide (with a reason the author sees), restore, or dismiss the reports. Paged.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const status: ModerationQueueStatus = search.get('status') === 'verborgen' ? 'HIDDEN' : 'OPEN';
  // Cursors of the pages before this one (the first page has none).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(ModerationQueueQuery, {
    variables: { status, first: MODERATION_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const items = getFragmentData(
    ModerationItemFieldsFragment,
    data?.moderationQueue.edges.map((edge) => edge.node) ?? [],
  );
  const page = cursors.length;
  const title = t('moderation.title');
  const toPage = (next: (string | null)[]) => {
    setCursors(next);
    setTimeout(() => document.getElementById('moderation-queue')?.focus(), 0);
  };

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('moderation.lead')} />
      <div className="ins-moderation-filter">
        <RadioGroupField
          legend={t('moderation.filter.legend')}
          name="moderation-status"
          value={status}
          onChange={(value) => {
            setCursors([null]);
            setSearch(value === 'HIDDEN' ? { status: 'verborgen' } : {}, { replace: true });
          }}
          options={[
            { value: 'OPEN', label: t('moderation.filter.OPEN') },
            { value: 'HIDDEN', label: t('moderation.filter.HIDDEN') },
          ]}
        />
      </div>
      <section
        id="moderation-queue"
        tabIndex={-1}
        aria-label={t(`moderation.filter.${status}`)}
        aria-busy={loading || undefined}
        className="ins-moderation-queue"
      >
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
        {data && items.length === 0 ? (
          <EmptyState
            title={status === 'OPEN' ? t('moderation.emptyOpen') : t('moderation.emptyHidden')}
            description={page > 1 ? t('moderation.emptyPage') : undefined}
          />
        ) : null}
        {items.length > 0 ? (
          <>
            <p className="ins-meta" aria-live="polite">
              {t('moderation.pageInfo', { page, count: items.length })}
            </p>
            <ul className="ins-card-list">
              {items.map((item) => (
                <ModerationItemCard key={item.id} item={item} onDecided={() => refetch()} />
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {page > 1 || data?.moderationQueue.pageInfo.hasNextPage ? (
        <nav className="ins-button-row ins-pager" aria-label={t('moderation.pager')}>
          {page > 1 ? (
            <SecondaryActionButton type="button" onClick={() => toPage(cursors.slice(0, -1))}>
              {t('moderation.previous')}
            </SecondaryActionButton>
          ) : null}
          {data?.moderationQueue.pageInfo.hasNextPage ? (
            <SecondaryActionButton
              type="button"
              onClick={() => toPage([...cursors, data.moderationQueue.pageInfo.endCursor ?? null])}
            >
              {t('moderation.next')}
            </SecondaryActionButton>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
