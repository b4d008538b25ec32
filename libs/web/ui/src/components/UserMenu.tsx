import type { ReactNode } from 'react';
import { useDisclosure } from './useDisclosure';

export interface UserMenuProps {
  name: string;
  /** Shown under the name inside the menu, e.g. the e-mail address and role. */
  details?: ReactNode;
  /** Read after the name on the button, e.g. "gebruikersmenu". */
  menuLabel: string;
  /** Closes the menu when it changes (pass the current path). */
  resetKey: string;
  children: ReactNode;
}

/**
 * Disclosure with the signed-in user's links (not an ARIA menu: plain links and buttons are
 * what users and screen readers expect). Escape or a click elsewhere closes it.
 */
export function UserMenu({ name, details, menuLabel, resetKey, children }: UserMenuProps) {
  const { open, panelId, rootRef, buttonRef, toggle, close } = useDisclosure(resetKey);

  return (
    <div className="ins-user-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="ins-user-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
      >
        <span className="ins-avatar" aria-hidden="true">
          {initials(name)}
        </span>
        <span className="ins-user-menu__name">{name}</span>
        <span className="ins-visually-hidden">{` (${menuLabel})`}</span>
        <svg className="ins-user-menu__chevron" viewBox="0 0 24 24" aria-hidden="true">
          <path d="M6 9l6 6 6-6" stroke="currentColor" strokeWidth="2.5" fill="none" />
        </svg>
      </button>
      <div
        id={panelId}
        className="ins-user-menu__panel"
        hidden={!open}
        // A chosen link or button has done its work: close the menu.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a, button')) close();
        }}
      >
        <div className="ins-user-menu__header">
          <span className="ins-user-menu__full-name">{name}</span>
          {details ? <span className="ins-user-menu__details">{details}</span> : null}
        </div>
        <ul className="ins-user-menu__list">{children}</ul>
      </div>
    </div>
  );
}

export function UserMenuItem({ children }: { children: ReactNode }) {
  return <li className="ins-user-menu__item">{children}</li>;
}

/** Class for links and buttons inside the user menu. */
export const USER_MENU_ITEM_CLASS_NAME = 'ins-user-menu__action';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => [...part][0]?.toUpperCase() ?? '').join('');
}
