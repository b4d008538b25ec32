import {
  Dialog,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextAreaField,
} from '@inspraak/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmNote {
  label: string;
  description?: string;
  /** The confirm button refuses an empty note. */
  required?: boolean;
  maxLength?: number;
}

export interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** A text field in the dialog (a reason); then it is a plain dialog, else an alert dialog. */
  note?: ConfirmNote;
  onClose: () => void;
  /** Throws the API error on failure; `describeProblem` turns it into the sentence shown. */
  onConfirm: (note: string) => Promise<unknown>;
  onDone: () => void;
  describeProblem: (caught: unknown) => string;
}

/**
 * Asks before a change with consequences (withdrawing, deleting, hiding, state changes), with an
 * optional note. A failure is explained inside the dialog, which stays open.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  note,
  onClose,
  onConfirm,
  onDone,
  describeProblem,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const [text, setText] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    if (note?.required && !text.trim()) {
      setNoteError(t('fieldErrors.REQUIRED'));
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(null);
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm(text.trim());
      onDone();
    } catch (caught) {
      setProblem(describeProblem(caught));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      role={note ? 'dialog' : 'alertdialog'}
      title={title}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            type="button"
            busy={busy}
            disabled={busy}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <Paragraph>{message}</Paragraph>
      {note ? (
        <TextAreaField
          id={noteId}
          label={note.label}
          description={note.description}
          value={text}
          onChange={setText}
          required={note.required}
          maxLength={note.maxLength ?? 2000}
          error={noteError}
          errorPrefix={t('common.errorPrefix')}
        />
      ) : null}
    </Dialog>
  );
}
