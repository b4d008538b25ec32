import { useTranslation } from 'react-i18next';
import { ConfirmDialog as SharedConfirmDialog } from '../../../lib/ConfirmDialog';
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

/** Asks before something is withdrawn or deleted (challenge wording for failures). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <SharedConfirmDialog
      {...props}
      onConfirm={() => props.onConfirm()}
      describeProblem={(caught) => challengeProblem(t, caught)}
    />
  );
}
