import { SkipLink as UtrechtSkipLink } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';

export interface SkipLinkProps {
  targetId: string;
  children: ReactNode;
}

/**
 * Moves focus to the target itself: a plain fragment link would also change the URL, which
 * the client-side router would treat as a navigation.
 */
export function SkipLink({ targetId, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView?.();
  };
  return (
    // Utrecht wraps the link in a <p>; the wrapper lets our layout reset its margin.
    <div className="ins-skip-link">
      <UtrechtSkipLink href={`#${targetId}`} onClick={onClick}>
        {children}
      </UtrechtSkipLink>
    </div>
  );
}
