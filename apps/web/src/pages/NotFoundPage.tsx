import { BUTTON_LINK_CLASS_NAME, MessagePage } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../app/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <MessagePage
        code={404}
        title={t('notFound.title')}
        lead={t('notFound.lead')}
        hint={t('notFound.hint')}
        actions={
          <Link to="/" className={BUTTON_LINK_CLASS_NAME}>
            {t('common.backHome')}
          </Link>
        }
      />
    </>
  );
}
