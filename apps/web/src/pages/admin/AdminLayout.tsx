import { SUBNAV_LINK_CLASS_NAME, SubNavigation, SubNavigationItem } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { ADMIN_SECTIONS } from '../../app/navigation';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { useSignInContext } from '../../features/auth/hooks/useRuntimeMode';

/** Admin pages share the links to the sections this administrator may use. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { can } = useCurrentUser();
  const { runtimeMode } = useSignInContext();
  const sections = ADMIN_SECTIONS.filter(
    (section) => can(section.permission) && (!section.embeddedOnly || runtimeMode === 'EMBEDDED'),
  );
  return (
    <>
      <SubNavigation label={t('admin.sectionsLabel')}>
        {sections.map((section) => (
          <SubNavigationItem key={section.id}>
            <NavLink to={`/beheer/${section.path}`} className={SUBNAV_LINK_CLASS_NAME}>
              {t(`admin.sections.${section.id}`)}
            </NavLink>
          </SubNavigationItem>
        ))}
      </SubNavigation>
      <Outlet />
    </>
  );
}

/** `/beheer` opens the first section this administrator may use. */
export function AdminIndexPage() {
  const { can } = useCurrentUser();
  const first = ADMIN_SECTIONS.find((section) => can(section.permission));
  return <Navigate to={first ? `/beheer/${first.path}` : '/'} replace />;
}
