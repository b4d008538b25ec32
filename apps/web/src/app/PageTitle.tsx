import { useTranslation } from 'react-i18next';

/** React 19 hoists <title> into <head>; screen readers announce it after navigation. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{t('app.documentTitle', { page: title })}</title>;
}
