import { BUTTON_LINK_CLASS_NAME, MessagePage, SecondaryActionButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/PageTitle';

/**
 * Shown by the error boundaries. Loaded eagerly: it must work when a page chunk failed to load.
 * A plain link (not the router's) so the app starts fresh.
 */
export function ErrorPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('errorPage.title')} />
      <MessagePage
        title={t('errorPage.title')}
        lead={t('errorPage.lead')}
        hint={t('errorPage.hint')}
        actions={
          <>
            <SecondaryActionButton onClick={() => window.location.reload()}>
              {t('errorPage.reload')}
            </SecondaryActionButton>
            <a href="/" className={BUTTON_LINK_CLASS_NAME}>
              {t('common.backHome')}
            </a>
          </>
        }
      />
    </>
  );
}
