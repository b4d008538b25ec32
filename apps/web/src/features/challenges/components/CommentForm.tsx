import { Alert, PrimaryActionButton, SecondaryActionButton, TextAreaField } from '@inspraak/web-ui';
import { INPUT_LIMITS } from '@inspraak/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface CommentFormProps {
  label: string;
  submitLabel: string;
  initial?: string;
  /** Offer "post anonymously" (new comments only: an edit keeps what was chosen). */
  allowAnonymous?: boolean;
  onSubmit: (body: string, anonymous: boolean) => Promise<void>;
  onCancel?: () => void;
  /** The problem to show when onSubmit threw. */
  problemOf: (error: unknown) => string;
}

/** A comment, reply or edit: the text and, for new ones, the anonymity choice. */
export function CommentForm({
  label,
  submitLabel,
  initial = '',
  allowAnonymous = false,
  onSubmit,
  onCancel,
  problemOf,
}: CommentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [body, setBody] = useState(initial);
  const [anonymous, setAnonymous] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('challenges.comments.required'));
      return;
    }
    setError(undefined);
    setProblem(null);
    setBusy(true);
    try {
      await onSubmit(body.trim(), anonymous);
      setBody('');
      setAnonymous(false);
    } catch (caught) {
      setProblem(problemOf(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="ins-comment-form" onSubmit={(event) => void submit(event)} noValidate>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <TextAreaField
        id={`${id}-body`}
        label={label}
        value={body}
        onChange={setBody}
        maxLength={INPUT_LIMITS.comment}
        error={error}
        errorPrefix={t('common.errorPrefix')}
        description={t('challenges.markdownHint')}
        required
      />
      {allowAnonymous ? (
        <div className="ins-checkbox-field">
          <input
            id={`${id}-anonymous`}
            type="checkbox"
            checked={anonymous}
            onChange={(event) => setAnonymous(event.currentTarget.checked)}
            aria-describedby={`${id}-anonymous-hint`}
          />
          <label htmlFor={`${id}-anonymous`}>{t('challenges.comments.anonymous')}</label>
          <p id={`${id}-anonymous-hint`} className="ins-field__description">
            {t('challenges.comments.anonymousHint')}
          </p>
        </div>
      ) : null}
      <div className="ins-button-row">
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
        {onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        ) : null}
      </div>
    </form>
  );
}
