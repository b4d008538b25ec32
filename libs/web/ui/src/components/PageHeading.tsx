import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface PageHeadingProps {
  title: ReactNode;
  lead?: ReactNode;
  eyebrow?: ReactNode;
}

export function PageHeading({ title, lead, eyebrow }: PageHeadingProps) {
  return (
    <div className="ins-page-heading">
      {eyebrow ? <p className="ins-page-heading__eyebrow">{eyebrow}</p> : null}
      <Heading1>{title}</Heading1>
      {lead ? <Paragraph appearance="lead">{lead}</Paragraph> : null}
    </div>
  );
}

export interface HeroProps {
  title: ReactNode;
  lead?: ReactNode;
  eyebrow?: ReactNode;
}

/** The welcome band on the home page. */
export function Hero({ title, lead, eyebrow }: HeroProps) {
  return (
    <div className="ins-hero">
      <div className="ins-hero__content">
        {eyebrow ? <p className="ins-hero__eyebrow">{eyebrow}</p> : null}
        <Heading1>{title}</Heading1>
        {lead ? <Paragraph appearance="lead">{lead}</Paragraph> : null}
      </div>
    </div>
  );
}
