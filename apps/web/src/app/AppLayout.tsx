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
import { useOrganisation } from '../features/organisation/hooks/useOrganisation';
import { ErrorPage } from '../pages/ErrorPage';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useFocusMainOnNavigate } from './useFocusMainOnNavigate';

const MAIN_ID = 'main';
const NAVIGATION_ID = 'main-navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { organisation } = useOrganisation();
  // The menu remembers the page it was opened on, so navigating closes it without an effect.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === pathname;
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);

  const organisationName = organisation?.name ?? t('app.name');

  return (
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
          <SiteNavigation label={t('nav.label')}>
            <SiteNavigationItem>
              <NavLink to="/" end className={NAV_LINK_CLASS_NAME}>
                {t('nav.home')}
              </NavLink>
            </SiteNavigationItem>
            <SiteNavigationItem>
              <NavLink to="/status" className={NAV_LINK_CLASS_NAME}>
                {t('nav.status')}
              </NavLink>
            </SiteNavigationItem>
          </SiteNavigation>
        }
        navigationId={NAVIGATION_ID}
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
  );
}
