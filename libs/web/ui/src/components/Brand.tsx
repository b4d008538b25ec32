import type { ReactNode } from 'react';
import { LogoMark } from './LogoMark';

export interface BrandProps {
  title: ReactNode;
  subtitle?: ReactNode;
  /** An organisation's own logo; falls back to the Inspraak mark. */
  logoUrl?: string | null;
}

/** The content of the home link in the header; the app wraps it in its router link. */
export function Brand({ title, subtitle, logoUrl }: BrandProps) {
  return (
    <>
      <span className="ins-brand__logo">
        {/* Empty alt: the organisation name next to it is the accessible name of the link. */}
        {logoUrl ? <img src={logoUrl} alt="" /> : <LogoMark />}
      </span>
      <span className="ins-brand__text">
        <span className="ins-brand__title">{title}</span>
        {subtitle ? <span className="ins-brand__subtitle">{subtitle}</span> : null}
      </span>
    </>
  );
}

export const BRAND_LINK_CLASS_NAME = 'ins-brand';
