import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { excerpt } from '../../../lib/excerpt';

export interface NotificationListProps {
  notifications: readonly NotificationFieldsFragment[];
  /** Called when the user follows a notification's link (marks it read). */
  onOpen: (notification: NotificationFieldsFragment) => void;
  label: string;
  /** Body excerpt length: the panel is narrow, the page has room. */
  bodyLength?: number;
}

/** Newest first: title as the link to the item, an excerpt, the time, and an unread marker. */
export function NotificationList({
  notifications,
  onOpen,
  label,
  bodyLength = 140,
}: NotificationListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <ul className="ins-notification-list" aria-label={label}>
      {notifications.map((notification) => (
        <li
          key={notification.id}
          className={`ins-notification${notification.read ? '' : ' ins-notification--unread'}`}
        >
          <Link
            to={notification.path}
            className="ins-notification__link"
            onClick={() => onOpen(notification)}
          >
            {notification.read ? null : (
              <span className="ins-notification__dot" aria-hidden="true" />
            )}
            <span className="ins-notification__title">{notification.title}</span>
            {notification.read ? null : (
              <span className="ins-visually-hidden">{` (${t('notifications.unreadMarker')})`}</span>
            )}
          </Link>
          {notification.body ? (
            <p className="ins-notification__body">{excerpt(notification.body, bodyLength)}</p>
          ) : null}
          <p className="ins-notification__time">
            <time
              dateTime={notification.createdAt}
              title={formatDateTime(notification.createdAt, language)}
            >
              {formatRelativeTime(notification.createdAt, language)}
            </time>
          </p>
        </li>
      ))}
    </ul>
  );
}
