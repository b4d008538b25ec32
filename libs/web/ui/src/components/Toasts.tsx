export interface ToastItem {
  id: number;
  message: string;
  type: 'success' | 'error' | 'info';
}

export interface ToastRegionProps {
  toasts: readonly ToastItem[];
  label: string;
  dismissLabel: string;
  onDismiss: (id: number) => void;
}

/**
 * Results of actions, announced politely by screen readers. The live region is always in the
 * page (an added region is not announced reliably); only its content changes.
 */
export function ToastRegion({ toasts, label, dismissLabel, onDismiss }: ToastRegionProps) {
  return (
    <section className="ins-toasts" aria-label={label}>
      <div role="status" aria-live="polite" aria-atomic="false" className="ins-toasts__list">
        {toasts.map((toast) => (
          <div key={toast.id} className={`ins-toast ins-toast--${toast.type}`}>
            <ToastIcon type={toast.type} />
            <p className="ins-toast__message">{toast.message}</p>
            <button
              type="button"
              className="ins-toast__dismiss"
              onClick={() => onDismiss(toast.id)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  d="M7 7l10 10M17 7L7 17"
                  stroke="currentColor"
                  strokeWidth="2.5"
                  fill="none"
                />
              </svg>
              <span className="ins-visually-hidden">{dismissLabel}</span>
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}

function ToastIcon({ type }: { type: ToastItem['type'] }) {
  return (
    <svg className="ins-toast__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" fill="currentColor" />
      {type === 'success' ? (
        <path d="M7 12.5l3.2 3.2L17 9" stroke="#fff" strokeWidth="2.4" fill="none" />
      ) : type === 'error' ? (
        <path d="M12 6.5v7M12 16.5v1" stroke="#fff" strokeWidth="2.4" fill="none" />
      ) : (
        <path d="M12 10.5v7M12 6.5v1" stroke="#fff" strokeWidth="2.4" fill="none" />
      )}
    </svg>
  );
}
