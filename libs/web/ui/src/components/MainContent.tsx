import { forwardRef, type ReactNode } from 'react';

export interface MainContentProps {
  id: string;
  children: ReactNode;
}

/** The main landmark; focusable from script so the skip link and route changes can land here. */
export const MainContent = forwardRef<HTMLElement, MainContentProps>(function MainContent(
  { id, children },
  ref,
) {
  return (
    <main id={id} ref={ref} tabIndex={-1} className="ins-main">
      <div className="ins-container">{children}</div>
    </main>
  );
});
