import {
  ButtonRow,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  ErrorState,
  LoadingState,
  Meta,
  SecondaryActionButton,
  Surface,
} from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime, formatTime } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { usePlatformStatus } from '../hooks/usePlatformStatus';

export function PlatformStatusDetails() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { status, loading, error, fetchedAt, refresh } = usePlatformStatus();

  const refreshButton = (
    <SecondaryActionButton onClick={() => void refresh()} disabled={loading}>
      {t('status.refresh')}
    </SecondaryActionButton>
  );

  if (!status) {
    if (error) return <ErrorState description={t('common.loadError')} action={refreshButton} />;
    return <LoadingState label={t('common.loading')} />;
  }

  const workerSeen = status.workerLastSeenAt
    ? t('status.workerSeenAgo', {
        date: formatDateTime(status.workerLastSeenAt, language),
        relative: formatRelativeTime(status.workerLastSeenAt, language),
      })
    : t('status.workerNeverSeen');

  return (
    <Surface>
      <DataList className="utrecht-data-list--rows">
        <DataListItem>
          <DataListKey>{t('status.version')}</DataListKey>
          <DataListValue notranslate>{status.version}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('status.runtimeMode')}</DataListKey>
          <DataListValue>{t(`status.runtimeModes.${status.runtimeMode}`)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('status.databaseDriver')}</DataListKey>
          <DataListValue notranslate>{status.databaseDriver}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('status.jobDriver')}</DataListKey>
          <DataListValue notranslate>{status.jobDriver}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('status.workerLastSeen')}</DataListKey>
          <DataListValue>{workerSeen}</DataListValue>
        </DataListItem>
      </DataList>
      <ButtonRow>
        {refreshButton}
        {fetchedAt ? (
          <Meta live>{t('status.checkedAt', { time: formatTime(fetchedAt, language) })}</Meta>
        ) : null}
      </ButtonRow>
    </Surface>
  );
}
