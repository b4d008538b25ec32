import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorSummaryEntry {
  /** The id of the field (or fieldset) the entry points at. */
  fieldId: string;
  text: string;
}

/**
 * The list of a form's errors above it, each a link that moves focus to its field. The form
 * focuses this box after a failed submit, so keyboard and screen reader users start here.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { entries: readonly ErrorSummaryEntry[] }>(
  function ErrorSummary({ entries }, ref) {
    const { t } = useTranslation('pulse');
    if (!entries.length) return null;
    return (
      <div
        ref={ref}
        className="ins-pulse-error-summary"
        tabIndex={-1}
        role="alert"
        aria-labelledby="pulse-error-summary-title"
      >
        <h2 id="pulse-error-summary-title" className="utrecht-heading-3">
          {t('form.errorSummary', { count: entries.length })}
        </h2>
        <ul>
          {entries.map((entry) => (
            <li key={entry.fieldId}>
              <a
                href={`#${entry.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const target = document.getElementById(entry.fieldId);
                  const focusable =
                    target && target.tagName === 'FIELDSET'
                      ? target.querySelector<HTMLElement>('input, select, textarea, button')
                      : target;
                  focusable?.focus();
                  target?.scrollIntoView({ block: 'center' });
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
