import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface CardGridProps {
  children: ReactNode;
  /** Use an ordered list when the cards are steps in a sequence. */
  ordered?: boolean;
  label?: string;
}

export function CardGrid({ children, ordered = false, label }: CardGridProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="ins-card-grid" aria-label={label}>
      {children}
    </List>
  );
}

export interface CardProps {
  heading: ReactNode;
  /** Short marker shown in a circle, e.g. a step number. */
  badge?: ReactNode;
  eyebrow?: ReactNode;
  children?: ReactNode;
  /** Language of the card's content when it differs from the page (WCAG 3.1.2). */
  lang?: string;
}

/** A card inside a CardGrid (renders a list item). */
export function Card({ heading, badge, eyebrow, children, lang }: CardProps) {
  return (
    <li className="ins-card" lang={lang}>
      {badge || eyebrow ? (
        <div className="ins-card__header">
          {badge ? (
            <span className="ins-card__badge" aria-hidden="true">
              {badge}
            </span>
          ) : null}
          {eyebrow ? <p className="ins-card__eyebrow">{eyebrow}</p> : null}
        </div>
      ) : null}
      <Heading3>{heading}</Heading3>
      {children ? <Paragraph>{children}</Paragraph> : null}
    </li>
  );
}
