import { LoadingState } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import type { FeatureNamespace } from '../i18n/namespaces';

/**
 * Route element around a feature's pages: fetches the feature's text namespace (its own chunk,
 * see i18n/namespaces.ts) and shows the pages once it is there, so no page renders keys.
 */
export function FeatureTexts({ ns }: { ns: FeatureNamespace }) {
  const { t, ready } = useTranslation(['translation', ns]);
  return ready ? <Outlet /> : <LoadingState label={t('common.loading')} />;
}
