import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Brings the element the URL's fragment names (`/puls/resultaten/…#pulse-actions`, a link in a
 * notification) into view and gives it focus once `ready` (its data loaded): client-side
 * navigation does not scroll to fragments, and the target may render only after a query.
 */
export function useScrollToHash(ready: boolean): void {
  const { hash, pathname } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const target = document.getElementById(id);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'start' });
  }, [ready, hash, pathname]);
}
