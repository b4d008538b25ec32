import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, type ConfirmNote } from '../../../lib/ConfirmDialog';
import { challengeProblem } from '../challenge-errors';

export interface ConfirmActionDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** A text field in the dialog (a reason); required makes it mandatory. */
  note?: ConfirmNote;
  onClose: () => void;
  /** Throws the API error on failure; it is explained in the dialog. */
  onConfirm: (note: string) => Promise<unknown>;
  onDone: () => void;
}

/** Asks before a change with consequences (state changes, hiding content), with an optional note. */
export function ConfirmActionDialog(props: ConfirmActionDialogProps) {
  const { t } = useTranslation();
  return <ConfirmDialog {...props} describeProblem={(caught) => challengeProblem(t, caught)} />;
}
