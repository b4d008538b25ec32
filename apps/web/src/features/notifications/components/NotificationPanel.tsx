import { useQuery } from '@apollo/client/react';
import { LoadingState, SubtleButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../../gql';
import { NotificationFieldsFragment, NotificationsQuery } from '../graphql/notifications';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { NotificationList } from './NotificationList';

/** How many of the latest notifications the panel shows (the page has the rest). */
export const PANEL_SIZE = 8;

/** The bell's panel: the latest notifications, "mark all read", links to the page and settings. */
export function NotificationPanel({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { first: PANEL_SIZE, unreadOnly: false },
    fetchPolicy: 'cache-and-network',
  });
  const { markRead, markAllRead, markingAll } = useMarkNotificationsRead();
  const notifications = getFragmentData(
    NotificationFieldsFragment,
    data?.notifications.edges.map((edge) => edge.node) ?? [],
  );
  const unread = data?.notifications.unreadCount ?? 0;

  return (
    <>
      <div className="ins-notification-panel__header">
        <h2 id={headingId} className="ins-notification-panel__title">
          {t('notifications.title')}
        </h2>
        {unread > 0 ? (
          <SubtleButton
            type="button"
            className="ins-notification-panel__all"
            disabled={markingAll}
            onClick={() => void markAllRead().catch(() => undefined)}
          >
            {t('notifications.markAllRead')}
          </SubtleButton>
        ) : null}
      </div>
      {loading && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? (
        <p className="ins-notification-panel__message">
          {t('notifications.loadError')}{' '}
          <SubtleButton type="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </SubtleButton>
        </p>
      ) : null}
      {data && notifications.length === 0 ? (
        <p className="ins-notification-panel__message">{t('notifications.empty')}</p>
      ) : null}
      {notifications.length > 0 ? (
        <NotificationList
          notifications={notifications}
          label={t('notifications.latest')}
          bodyLength={100}
          onOpen={(notification) => {
            if (!notification.read) void markRead([notification.id]).catch(() => undefined);
          }}
        />
      ) : null}
      <p className="ins-notification-panel__footer">
        <Link to="/meldingen">{t('notifications.all')}</Link>
        <Link to="/profiel/meldingen">{t('notifications.settings')}</Link>
      </p>
    </>
  );
}
