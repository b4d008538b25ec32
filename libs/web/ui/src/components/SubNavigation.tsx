import type { ReactNode } from 'react';

/** Secondary navigation between related pages (e.g. the admin sections). */
export function SubNavigation({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="ins-subnav">
      <ul className="ins-subnav__list">{children}</ul>
    </nav>
  );
}

export function SubNavigationItem({ children }: { children: ReactNode }) {
  return <li className="ins-subnav__item">{children}</li>;
}

/** Class for router links inside; `aria-current="page"` marks the current one. */
export const SUBNAV_LINK_CLASS_NAME = 'ins-subnav__link';
