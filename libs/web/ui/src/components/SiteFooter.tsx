import type { ReactNode } from 'react';

export interface SiteFooterProps {
  label: string;
  children: ReactNode;
  bottom?: ReactNode;
}

export function SiteFooter({ label, children, bottom }: SiteFooterProps) {
  return (
    <footer className="utrecht-page-footer ins-site-footer" aria-label={label}>
      <div className="utrecht-page-footer__content">
        <div className="ins-site-footer__grid">{children}</div>
        {bottom ? <div className="ins-site-footer__bottom">{bottom}</div> : null}
      </div>
    </footer>
  );
}

export interface FooterSectionProps {
  heading: string;
  children: ReactNode;
}

export function FooterSection({ heading, children }: FooterSectionProps) {
  return (
    <section>
      <h2 className="ins-site-footer__heading">{heading}</h2>
      {children}
    </section>
  );
}

export function FooterText({ children }: { children: ReactNode }) {
  return <p className="ins-site-footer__text">{children}</p>;
}

export function FooterLinks({ children }: { children: ReactNode }) {
  return <ul className="ins-site-footer__links">{children}</ul>;
}
