import {
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeading,
  PrimaryActionButton,
  SecondaryActionButton,
  TextField,
  LoadMore,
} from '@inspraak/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { useOrgUnits } from '../../features/org-units/hooks/useOrgUnits';
import { useDownloadPersonalData } from '../../features/personal-data/hooks/useDownloadPersonalData';
import { DeactivateUserDialog } from '../../features/users/components/DeactivateUserDialog';
import { EraseUserDialog } from '../../features/users/components/EraseUserDialog';
import { UserFormDialog } from '../../features/users/components/UserFormDialog';
import { exportDataButtonId, UserTable } from '../../features/users/components/UserTable';
import { useExportUsersCsv } from '../../features/users/hooks/useExportUsersCsv';
import { useUsers } from '../../features/users/hooks/useUsers';
import { downloadCsv } from '../../lib/download';
import type { UserRowFragment } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

type Editing =
  { mode: 'create' } | { mode: 'invite' } | { mode: 'edit'; user: UserRowFragment } | null;

export function AdminUsersPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const { user: me } = useCurrentUser();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const { users, loading, loadingMore, error, hasMore, loadMore, refetch } = useUsers(search);
  const { units, byId } = useOrgUnits();
  const [editing, setEditing] = useState<Editing>(null);
  const [deactivating, setDeactivating] = useState<UserRowFragment | null>(null);
  const [erasing, setErasing] = useState<UserRowFragment | null>(null);
  const { exportUsersCsv, loading: exporting } = useExportUsersCsv();
  const personalData = useDownloadPersonalData();
  // The erased row stays (as an empty account) but lost the button that opened the dialog: once
  // the dialog is gone, focus goes to the row's export button instead of the page's start.
  const focusAfterErase = useRef<string | null>(null);
  useEffect(() => {
    if (erasing || !focusAfterErase.current) return;
    document.getElementById(exportDataButtonId(focusAfterErase.current))?.focus();
    focusAfterErase.current = null;
  }, [erasing]);

  const onExport = async () => {
    try {
      const csv = await exportUsersCsv();
      downloadCsv(
        csv,
        `${t('users.export.fileName')}-${new Date().toISOString().slice(0, 10)}.csv`,
      );
      toast(t('users.export.done'));
    } catch {
      toast(t('users.export.failed'));
    }
  };

  const onExportData = async (user: UserRowFragment) => {
    try {
      const fileName = await personalData.download({ userId: user.id });
      toast(t('users.exportData.done', { name: user.name, fileName }));
    } catch {
      toast(t('users.exportData.failed', { name: user.name }), 'error');
    }
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setSearch(query.trim());
  };

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
  } else if (users.length === 0) {
    content = (
      <EmptyState
        title={search ? t('users.noResults', { search }) : t('users.empty')}
        description={search ? t('users.noResultsHint') : undefined}
      />
    );
  } else {
    content = (
      <div className="ins-table-wrap">
        <UserTable
          users={users}
          orgUnitName={(id) => (id ? byId.get(id)?.name : undefined)}
          currentUserId={me?.id ?? ''}
          onEdit={(user) => setEditing({ mode: 'edit', user })}
          onDeactivate={setDeactivating}
          onExportData={(user) => void onExportData(user)}
          onErase={setErasing}
          exportingId={personalData.busy}
        />
        <LoadMore
          status={t('users.shown', {
            count: users.length,
            number: formatNumber(users.length, language),
          })}
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
      <PageTitle title={t('users.title')} />
      <PageHeading eyebrow={t('admin.title')} title={t('users.title')} lead={t('users.lead')} />
      <div className="ins-toolbar">
        <form role="search" className="ins-search" onSubmit={onSearch}>
          <TextField
            label={t('users.searchLabel')}
            type="search"
            name="search"
            value={query}
            onChange={setQuery}
          />
          <SecondaryActionButton type="submit">{t('common.search')}</SecondaryActionButton>
        </form>
        <div className="ins-toolbar__actions">
          <PrimaryActionButton onClick={() => setEditing({ mode: 'create' })}>
            {t('users.create')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={() => setEditing({ mode: 'invite' })}>
            {t('users.invite.action')}
          </SecondaryActionButton>
          <SecondaryActionButton
            onClick={() => void onExport()}
            busy={exporting}
            disabled={exporting}
          >
            {t('users.export.action')}
          </SecondaryActionButton>
        </div>
      </div>
      {content}
      {editing ? (
        <UserFormDialog
          user={editing.mode === 'edit' ? editing.user : null}
          invite={editing.mode === 'invite'}
          orgUnits={units}
          onClose={() => setEditing(null)}
          onSaved={(name, created) => {
            setEditing(null);
            toast(
              editing.mode === 'invite'
                ? t('users.invite.done', { name })
                : created
                  ? t('users.created', { name })
                  : t('users.updated', { name }),
            );
          }}
        />
      ) : null}
      {deactivating ? (
        <DeactivateUserDialog
          user={deactivating}
          onClose={() => setDeactivating(null)}
          onDone={(name) => {
            setDeactivating(null);
            toast(t('users.deactivated', { name }));
          }}
        />
      ) : null}
      {erasing ? (
        <EraseUserDialog
          user={erasing}
          onClose={() => setErasing(null)}
          onDone={(summary) => {
            focusAfterErase.current = erasing.id;
            setErasing(null);
            toast(summary);
            void refetch();
          }}
        />
      ) : null}
    </>
  );
}
