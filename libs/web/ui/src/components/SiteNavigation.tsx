import type { ReactNode } from 'react';

export interface SiteNavigationProps {
  label: string;
  children: ReactNode;
}

export function SiteNavigation({ label, children }: SiteNavigationProps) {
  return (
    <nav aria-label={label}>
      <ul className="ins-nav-list">{children}</ul>
    </nav>
  );
}

export function SiteNavigationItem({ children }: { children: ReactNode }) {
  return <li className="ins-nav-list__item">{children}</li>;
}

/** Class for the links inside; `aria-current="page"` marks the current one. */
export const NAV_LINK_CLASS_NAME = 'ins-nav-link';
