import {
  EmptyState,
  ErrorState,
  LoadingState,
  Meta,
  PageHeading,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { useDevMailbox } from '../../features/dev-mailbox/hooks/useDevMailbox';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Mail the platform sent in embedded and development mode. Only the text version is shown, as
 * text: the HTML version is never rendered.
 */
export function AdminMailboxPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { mails, loading, refreshing, error, refetch } = useDevMailbox();

  let content;
  if (loading) content = <LoadingState label={t('common.loading')} />;
  else if (error) {
    content = (
      <ErrorState
        description={t('mailbox.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (mails.length === 0) {
    content = <EmptyState title={t('mailbox.empty')} />;
  } else {
    content = (
      <ul className="ins-mailbox" aria-label={t('mailbox.listLabel')}>
        {mails.map((mail) => (
          <li key={mail.id} className="ins-mailbox__item">
            <details>
              <summary>
                <strong>{mail.subject}</strong>
                <span className="ins-cell-secondary">
                  {t('mailbox.to')} <span translate="no">{mail.to}</span>
                  {' · '}
                  <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt, language)}</time>
                </span>
              </summary>
              <pre className="ins-mailbox__text">{mail.text}</pre>
            </details>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <>
      <PageTitle title={t('mailbox.title')} />
      <PageHeading eyebrow={t('admin.title')} title={t('mailbox.title')} lead={t('mailbox.lead')} />
      <div className="ins-toolbar">
        <Meta live>{t('mailbox.count', { count: mails.length })}</Meta>
        <SecondaryActionButton
          onClick={() => void refetch()}
          busy={refreshing}
          disabled={refreshing}
        >
          {t('mailbox.refresh')}
        </SecondaryActionButton>
      </div>
      {content}
    </>
  );
}
