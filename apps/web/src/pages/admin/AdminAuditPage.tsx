import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  SecondaryActionButton,
  SelectField,
  LoadMore,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { AuditLogTable } from '../../features/audit/components/AuditLogTable';
import { AUDIT_ACTIONS, auditActionLabel } from '../../features/audit/audit-actions';
import { useAuditEvents } from '../../features/audit/hooks/useAuditEvents';

export function AdminAuditPage() {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const { events, loading, loadingMore, error, hasMore, loadMore, refetch } =
    useAuditEvents(action);

  let content;
  if (loading) content = <LoadingState label={t('common.loading')} />;
  else if (error) {
    content = (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  } else if (events.length === 0) {
    content = <EmptyState title={t('audit.empty')} />;
  } else {
    content = (
      <div className="ins-table-wrap">
        <AuditLogTable events={events} />
        <LoadMore
          status={t('audit.shown', { count: events.length })}
          hasMore={hasMore}
          loading={loadingMore}
          onLoadMore={() => void loadMore()}
          label={t('common.loadMore')}
        />
      </div>
    );
  }

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <PageHeading eyebrow={t('admin.title')} title={t('audit.title')} lead={t('audit.lead')} />
      <div className="ins-toolbar">
        <SelectField
          label={t('audit.filterLabel')}
          value={action}
          onChange={setAction}
          options={[
            { value: '', label: t('audit.allActions') },
            ...AUDIT_ACTIONS.map((value) => ({ value, label: auditActionLabel(t, value) })),
          ]}
        />
      </div>
      {content}
    </>
  );
}
