import type { ReactNode } from 'react';

export interface SiteHeaderProps {
  /** The home link with the brand inside. */
  brand: ReactNode;
  languageSwitch?: ReactNode;
  /** The main navigation; collapsed behind the menu button on narrow screens. */
  navigation: ReactNode;
  navigationId: string;
  menuOpen: boolean;
  onMenuOpenChange: (open: boolean) => void;
  openMenuLabel: string;
  closeMenuLabel: string;
}

export function SiteHeader({
  brand,
  languageSwitch,
  navigation,
  navigationId,
  menuOpen,
  onMenuOpenChange,
  openMenuLabel,
  closeMenuLabel,
}: SiteHeaderProps) {
  return (
    <header className="utrecht-page-header ins-site-header">
      <div className="ins-container ins-site-header__bar">
        {brand}
        <div className="ins-site-header__tools">
          {languageSwitch}
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
        </div>
      </div>
      <div id={navigationId} className="ins-site-nav" data-open={menuOpen ? 'true' : 'false'}>
        <div className="ins-container">{navigation}</div>
      </div>
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
