import { ErrorState, LoadingState, SecondaryActionButton } from '@inspraak/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotFoundPage } from '../../../pages/NotFoundPage';
import { useCurrentUser } from '../hooks/useCurrentUser';
import type { Permission } from '../permissions';
import { signInPathFor } from '../safe-return-path';

/** Pages below need a signed-in user; others are sent to sign-in and come back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const { user, loading, error, refetch } = useCurrentUser();
  if (loading) return <LoadingState label={t('common.loading')} />;
  if (error && !user) {
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }
  if (!user) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={signInPathFor(here)} replace />;
  }
  return <Outlet />;
}

export interface RequirePermissionProps {
  /** Any one of these is enough. */
  anyOf: readonly Permission[];
  children?: ReactNode;
}

/** Pages the user may not use answer like pages that do not exist (as the API does). */
export function RequirePermission({ anyOf, children }: RequirePermissionProps) {
  const { canAny } = useCurrentUser();
  if (!canAny(anyOf)) return <NotFoundPage />;
  return children ?? <Outlet />;
}
