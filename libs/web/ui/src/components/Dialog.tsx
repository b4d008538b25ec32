import { Heading2 } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  closeLabel: string;
  children: ReactNode;
  /** Buttons at the bottom; the primary action first. */
  actions?: ReactNode;
  /** `alertdialog` for confirmations that interrupt the user. */
  role?: 'dialog' | 'alertdialog';
}

/**
 * A modal built on the native `<dialog>`: the browser traps focus, makes the page behind inert
 * and closes it with Escape. Focus goes back to where it was when the dialog closes.
 */
export function Dialog({
  open,
  title,
  onClose,
  closeLabel,
  children,
  actions,
  role = 'dialog',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Forms start at their first field; confirmations at the close button (the safe choice).
    dialog.querySelector<HTMLElement>('.ins-dialog__body input, .ins-dialog__body select')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="ins-dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog and the state never disagree.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <div className="ins-dialog__header">
        <Heading2 id={titleId} className="ins-dialog__title">
          {title}
        </Heading2>
        <button type="button" className="ins-dialog__close" onClick={onClose}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.5" fill="none" />
          </svg>
          <span className="ins-visually-hidden">{closeLabel}</span>
        </button>
      </div>
      <div className="ins-dialog__body">{children}</div>
      {actions ? <div className="ins-form-actions ins-dialog__actions">{actions}</div> : null}
    </dialog>
  );
}
