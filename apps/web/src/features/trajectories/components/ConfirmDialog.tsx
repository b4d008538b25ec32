import { useTranslation } from 'react-i18next';
import { ConfirmDialog as SharedConfirmDialog } from '../../../lib/ConfirmDialog';
import { trajectoryProblem } from '../trajectory-errors';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  confirmLabel: string;
  onClose: () => void;
  /** Throws the API error on failure; it is explained in the dialog. */
  onConfirm: () => Promise<unknown>;
  onDone: () => void;
}

/**
 * Asks before something is removed. When it is gone, focus moves to the section (the button
 * that opened the dialog no longer exists).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <SharedConfirmDialog
      {...props}
      onConfirm={() => props.onConfirm()}
      onDone={() => {
        props.onDone();
        setTimeout(
          () => document.querySelector<HTMLElement>('.ins-trajectory-section')?.focus(),
          0,
        );
      }}
      describeProblem={(caught) => trajectoryProblem(t, caught)}
    />
  );
}
