import { LoadingState, useDisclosure } from '@inspraak/web-ui';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount';
import '../notifications.css';

// The panel is its own chunk: the header ships only the bell and the count.
const NotificationPanel = lazy(() =>
  import('./NotificationPanel').then((module) => ({ default: module.NotificationPanel })),
);

/** The count as drawn on the bell ("99+" above 99); the accessible name has the exact number. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * The bell in the header with the unread count (its name says it: "Meldingen, 3 ongelezen")
 * and a disclosure panel with the latest notifications. Escape or a click elsewhere closes it;
 * navigating closes it too.
 */
export function NotificationCentre() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const count = useUnreadNotificationCount(pathname);
  const { open, panelId, rootRef, buttonRef, toggle } = useDisclosure(pathname);
  const headingId = useId();

  const label = count > 0 ? t('notifications.bell', { count }) : t('header.notifications');
  return (
    <div className="ins-notification-centre" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="ins-bell ins-notification-bell"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <svg className="ins-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 16h15.4L18 12.6V9a6 6 0 0 0-6-6Zm-2.2 15a2.3 2.3 0 0 0 4.4 0"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
            fill="none"
          />
        </svg>
        {count > 0 ? (
          <span className="ins-bell__count" aria-hidden="true">
            {badgeText(count)}
          </span>
        ) : null}
        <span className="ins-bell__label">{label}</span>
      </button>
      <section
        id={panelId}
        className="ins-notification-panel"
        aria-labelledby={headingId}
        hidden={!open}
      >
        {open ? (
          <Suspense fallback={<LoadingState label={t('common.loading')} />}>
            <NotificationPanel headingId={headingId} />
          </Suspense>
        ) : null}
      </section>
    </div>
  );
}
