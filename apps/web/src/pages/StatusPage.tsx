import { PageHeading } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../app/PageTitle';
import { PlatformStatusDetails } from '../features/platform-status/components/PlatformStatusDetails';

export function StatusPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('status.title')} />
      <PageHeading title={t('status.title')} lead={t('status.lead')} />
      <PlatformStatusDetails />
    </>
  );
}
