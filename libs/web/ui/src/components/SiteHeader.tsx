import type { ReactNode } from 'react';

export interface SiteHeaderProps {
  /** The home link with the brand inside. */
  brand: ReactNode;
  languageSwitch?: ReactNode;
  /** The main navigation; collapsed behind the menu button on narrow screens. */
  navigation?: ReactNode;
  /** Notification bell and user menu: at the end of the navigation bar, in the menu on phones. */
  account?: ReactNode;
  navigationId: string;
  /**
   * Many navigation items: on wide screens the user menu shows only the initials (its name is
   * still read out and shown inside the menu), so links, bell and menu fit on one bar.
   */
  crowded?: boolean;
  menuOpen: boolean;
  onMenuOpenChange: (open: boolean) => void;
  openMenuLabel: string;
  closeMenuLabel: string;
}

export function SiteHeader({
  brand,
  languageSwitch,
  navigation,
  account,
  navigationId,
  crowded = false,
  menuOpen,
  onMenuOpenChange,
  openMenuLabel,
  closeMenuLabel,
}: SiteHeaderProps) {
  const hasBar = Boolean(navigation || account);
  return (
    <header className="utrecht-page-header ins-site-header">
      <div className="ins-container ins-site-header__bar">
        {brand}
        <div className="ins-site-header__tools">
          {languageSwitch}
          {hasBar ? (
            <button
              type="button"
              className="ins-menu-button"
              aria-expanded={menuOpen}
              aria-controls={navigationId}
              onClick={() => onMenuOpenChange(!menuOpen)}
            >
              <MenuIcon open={menuOpen} />
              <span className="ins-menu-button__label">
                {menuOpen ? closeMenuLabel : openMenuLabel}
              </span>
            </button>
          ) : null}
        </div>
      </div>
      {hasBar ? (
        <div
          id={navigationId}
          className={crowded ? 'ins-site-nav ins-site-nav--crowded' : 'ins-site-nav'}
          data-open={menuOpen ? 'true' : 'false'}
        >
          <div className="ins-container ins-site-nav__inner">
            {navigation}
            {account ? <div className="ins-site-nav__account">{account}</div> : null}
          </div>
        </div>
      ) : null}
    </header>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="ins-menu-button__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" fill="none" />
      ) : (
        <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2.5" fill="none" />
      )}
    </svg>
  );
}
