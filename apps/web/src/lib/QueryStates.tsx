import { ErrorState, LoadingState, SecondaryActionButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';

export interface QueryStatesProps {
  /** The query has an answer to show (cached or fresh): no loading or error state then. */
  hasData: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
}

/** "Loading…" before the first answer, or the failure with a retry button; nothing once loaded. */
export function QueryStates({ hasData, loading, error, onRetry }: QueryStatesProps) {
  const { t } = useTranslation();
  if (hasData) return null;
  if (error) {
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void onRetry()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }
  return loading ? <LoadingState label={t('common.loading')} /> : null;
}
