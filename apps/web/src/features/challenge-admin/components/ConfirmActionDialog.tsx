import {
  Dialog,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextAreaField,
} from '@inspraak/web-ui';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { challengeProblem } from '../challenge-errors';

export interface ConfirmActionDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** A text field in the dialog (a reason); required makes it mandatory. */
  note?: { label: string; description?: string; required?: boolean; maxLength?: number };
  onClose: () => void;
  /** Throws the API error on failure; it is explained in the dialog. */
  onConfirm: (note: string) => Promise<unknown>;
  onDone: () => void;
}

/** Asks before a change with consequences (state changes, hiding content), with an optional note. */
export function ConfirmActionDialog({
  title,
  message,
  confirmLabel,
  note,
  onClose,
  onConfirm,
  onDone,
}: ConfirmActionDialogProps) {
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
      setProblem(challengeProblem(t, caught));
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
