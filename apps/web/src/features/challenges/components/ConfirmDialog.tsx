import {
  Alert,
  Dialog,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { challengeProblem } from '../challenge-errors';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onClose: () => void;
  /** Throws the API error on failure; it is explained in the dialog. */
  onConfirm: () => Promise<unknown>;
  onDone: () => void;
}

/** Asks before something is withdrawn or deleted. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onClose,
  onConfirm,
  onDone,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
      onDone();
    } catch (caught) {
      setProblem(challengeProblem(t, caught));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      role="alertdialog"
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
      <Paragraph>{message}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
    </Dialog>
  );
}
