import { SecondaryActionButton } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function AppFrame({ children }: { children: ReactNode }) {
  return <div className="ins-app utrecht-document">{children}</div>;
}

export function Surface({ children }: { children: ReactNode }) {
  return <section className="ins-surface">{children}</section>;
}

export function Prose({ children }: { children: ReactNode }) {
  return <div className="ins-prose">{children}</div>;
}

export function SectionHeader({ children }: { children: ReactNode }) {
  return <div className="ins-section-header">{children}</div>;
}

export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="ins-button-row">{children}</div>;
}

export function Meta({ children, live }: { children: ReactNode; live?: boolean }) {
  return (
    <p className="ins-meta" aria-live={live ? 'polite' : undefined}>
      {children}
    </p>
  );
}

export interface LoadMoreProps {
  /** "20 shown", announced politely when it changes. */
  status: ReactNode;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  /** The button text ("Meer laden"). */
  label: string;
}

/** The line under a paged list: how many are shown and, while there are more, a button. */
export function LoadMore({ status, hasMore, loading, onLoadMore, label }: LoadMoreProps) {
  return (
    <div className="ins-load-more">
      <Meta live>{status}</Meta>
      {hasMore ? (
        <SecondaryActionButton onClick={onLoadMore} busy={loading} disabled={loading}>
          {label}
        </SecondaryActionButton>
      ) : null}
    </div>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="ins-visually-hidden">{children}</span>;
}

/** Class for router links that look like a primary button. */
export const BUTTON_LINK_CLASS_NAME = 'ins-button-link';
