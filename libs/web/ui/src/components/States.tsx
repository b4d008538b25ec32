import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="ins-state ins-state--loading" role="status" aria-live="polite">
      <span className="ins-spinner" aria-hidden="true" />
      <p className="ins-state__description">{label}</p>
    </div>
  );
}

export interface EmptyStateProps {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="ins-state">
      <svg className="ins-state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
        <rect
          x="6"
          y="10"
          width="36"
          height="28"
          rx="6"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
        />
        <path d="M6 20h36" stroke="currentColor" strokeWidth="3" />
      </svg>
      <p className="ins-state__title">{title}</p>
      {description ? <p className="ins-state__description">{description}</p> : null}
      {action}
    </div>
  );
}

export interface ErrorStateProps {
  description: ReactNode;
  action?: ReactNode;
}

/** A failed load inside a page; announced to screen readers. */
export function ErrorState({ description, action }: ErrorStateProps) {
  return (
    <Alert type="error" role="alert">
      <Paragraph>{description}</Paragraph>
      {action ? <div className="ins-button-row">{action}</div> : null}
    </Alert>
  );
}

export interface MessagePageProps {
  code?: ReactNode;
  title: ReactNode;
  lead: ReactNode;
  hint?: ReactNode;
  actions?: ReactNode;
}

/** Full-page message for 404 and unexpected errors. */
export function MessagePage({ code, title, lead, hint, actions }: MessagePageProps) {
  return (
    <div className="ins-message-page">
      {code ? (
        <p className="ins-message-page__code" aria-hidden="true">
          {code}
        </p>
      ) : null}
      <Heading1>{title}</Heading1>
      <Paragraph appearance="lead">{lead}</Paragraph>
      {hint ? <Paragraph>{hint}</Paragraph> : null}
      {actions ? <div className="ins-button-row">{actions}</div> : null}
    </div>
  );
}
