import {
  AppFrame,
  Brand,
  BRAND_LINK_CLASS_NAME,
  FooterLinks,
  FooterSection,
  FooterText,
  LoadingState,
  MainContent,
  NAV_LINK_CLASS_NAME,
  SiteFooter,
  SiteHeader,
  SiteNavigation,
  SiteNavigationItem,
  SkipLink,
} from '@inspraak/web-ui';
import { Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { AccountMenu } from '../features/auth/components/AccountMenu';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useOrganisation } from '../features/organisation/hooks/useOrganisation';
import { ErrorPage } from '../pages/ErrorPage';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { visibleNavItems } from './navigation';
import { ToastProvider } from './toasts';
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate';

const MAIN_ID = 'main';
const NAVIGATION_ID = 'main-navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { organisation } = useOrganisation();
  const { user, canAny } = useCurrentUser();
  // The menu remembers the page it was opened on, so navigating closes it without an effect.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);

  const organisationName = organisation?.name ?? t('app.name');
  const navItems = user ? visibleNavItems(canAny) : [];

  return (
    <ToastProvider>
      <AppFrame>
        <SkipLink targetId={MAIN_ID}>{t('skipLink')}</SkipLink>
        <SiteHeader
          brand={
            <Link to="/" className={BRAND_LINK_CLASS_NAME}>
              <Brand
                title={organisationName}
                subtitle={organisation ? t('app.name') : undefined}
                logoUrl={organisation?.logoUrl}
              />
            </Link>
          }
          languageSwitch={<LanguageSwitcher />}
          navigation={
            navItems.length > 0 ? (
              <SiteNavigation label={t('nav.label')}>
                {navItems.map((item) => (
                  <SiteNavigationItem key={item.id}>
                    <NavLink to={item.to} end={item.end} className={NAV_LINK_CLASS_NAME}>
                      {t(`nav.${item.id}`)}
                    </NavLink>
                  </SiteNavigationItem>
                ))}
              </SiteNavigation>
            ) : undefined
          }
          account={user ? <AccountMenu user={user} /> : undefined}
          navigationId={NAVIGATION_ID}
          crowded={navItems.length > 6}
          menuOpen={menuOpen}
          onMenuOpenChange={(open) => setMenuOpenOn(open ? pathname : null)}
          openMenuLabel={t('nav.openMenu')}
          closeMenuLabel={t('nav.closeMenu')}
        />
        <MainContent id={MAIN_ID} ref={mainRef}>
          {/* Keyed by path so an error on one page does not stick after navigating away. */}
          <ErrorBoundary key={pathname} fallback={<ErrorPage />}>
            <Suspense fallback={<LoadingState label={t('common.loading')} />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </MainContent>
        <SiteFooter label={t('footer.label')} bottom={t('footer.licence')}>
          <FooterSection heading={t('footer.aboutHeading')}>
            <FooterText>{t('footer.about', { name: organisationName })}</FooterText>
          </FooterSection>
          <FooterSection heading={t('footer.linksHeading')}>
            <FooterLinks>
              <li>
                <Link to="/privacy">{t('footer.privacy')}</Link>
              </li>
              <li>
                <Link to="/toegankelijkheid">{t('footer.accessibility')}</Link>
              </li>
              <li>
                <Link to="/status">{t('footer.status')}</Link>
              </li>
            </FooterLinks>
          </FooterSection>
        </SiteFooter>
      </AppFrame>
    </ToastProvider>
  );
}
