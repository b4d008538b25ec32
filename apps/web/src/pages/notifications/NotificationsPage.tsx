import { useQuery } from '@apollo/client/react';
import { EmptyState, PageHeading, RadioGroupField, SecondaryActionButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { NotificationList } from '../../features/notifications/components/NotificationList';
import {
  NotificationFieldsFragment,
  NotificationsQuery,
} from '../../features/notifications/graphql/notifications';
import { useMarkNotificationsRead } from '../../features/notifications/hooks/useMarkNotificationsRead';
import { getFragmentData } from '../../gql';
import '../../features/notifications/notifications.css';
import { QueryStates } from '../../lib/QueryStates';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** All notifications, newest first, a page at a time; all or only the unread ones. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const [search, setSearch] = useSearchParams();
  const unreadOnly = search.get('filter') === 'ongelezen';
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, markAllRead, markingAll } = useMarkNotificationsRead();
  const connection = data?.notifications;
  const notifications = getFragmentData(
    NotificationFieldsFragment,
    connection?.edges.map((edge) => edge.node) ?? [],
  );
  const unread = connection?.unreadCount ?? 0;
  const title = t('notifications.title');

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    const before = notifications.length;
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        notifications: {
          ...fetchMoreResult.notifications,
          edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
        },
      }),
    });
    // Continue reading where the new ones start.
    setTimeout(() => {
      const links = document.querySelectorAll<HTMLElement>(
        '#notifications-list .ins-notification__link',
      );
      links.item(before)?.focus();
    }, 0);
  };

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('notifications.lead')} />
      <div className="ins-notifications-toolbar">
        <RadioGroupField
          legend={t('notifications.filter.legend')}
          name="notification-filter"
          value={unreadOnly ? 'UNREAD' : 'ALL'}
          onChange={(value) =>
            setSearch(value === 'UNREAD' ? { filter: 'ongelezen' } : {}, { replace: true })
          }
          options={[
            { value: 'ALL', label: t('notifications.filter.all') },
            { value: 'UNREAD', label: t('notifications.filter.unread') },
          ]}
        />
        <p className="ins-button-row">
          {unread > 0 ? (
            <SecondaryActionButton
              type="button"
              busy={markingAll}
              disabled={markingAll}
              onClick={() =>
                void markAllRead().then(
                  () => toast(t('notifications.allMarkedRead')),
                  () => toast(t('common.saveFailed'), 'error'),
                )
              }
            >
              {t('notifications.markAllRead')}
            </SecondaryActionButton>
          ) : null}
          <Link to="/profiel/meldingen">{t('notifications.settings')}</Link>
        </p>
      </div>
      <section
        id="notifications-list"
        aria-label={unreadOnly ? t('notifications.filter.unread') : t('notifications.filter.all')}
        aria-busy={loading || undefined}
        className="ins-surface"
      >
        {connection ? (
          <p className="ins-meta" aria-live="polite">
            {t('notifications.unreadCount', { count: unread })}
          </p>
        ) : null}
        <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
        {data && notifications.length === 0 ? (
          <EmptyState
            title={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
            description={t('notifications.emptyHint')}
          />
        ) : null}
        {notifications.length > 0 ? (
          <NotificationList
            notifications={notifications}
            label={title}
            bodyLength={300}
            onOpen={(notification) => {
              if (!notification.read) void markRead([notification.id]).catch(() => undefined);
            }}
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
    </>
  );
}
