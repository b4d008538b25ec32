import { Dialog, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../lib/field-errors';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { useDeactivateUser } from '../hooks/useDeactivateUser';

export interface DeactivateUserDialogProps {
  user: { id: string; name: string };
  onClose: () => void;
  onDone: (name: string) => void;
}

export function DeactivateUserDialog({ user, onClose, onDone }: DeactivateUserDialogProps) {
  const { t } = useTranslation();
  const { deactivateUser, loading } = useDeactivateUser();
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    try {
      await deactivateUser(user.id);
      onDone(user.name);
    } catch (error) {
      const fields = apiFieldErrors(error);
      setProblem(fields['id'] ? (fieldErrorText(t, fields['id']) ?? null) : t('common.saveFailed'));
    }
  };

  return (
    <Dialog
      open
      role="alertdialog"
      title={t('users.deactivate.title', { name: user.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            hint="danger"
            busy={loading}
            disabled={loading}
            onClick={() => void confirm()}
          >
            {t('users.deactivate.confirm')}
          </PrimaryActionButton>
          <SecondaryActionButton onClick={onClose}>{t('common.cancel')}</SecondaryActionButton>
        </>
      }
    >
      <Paragraph>{t('users.deactivate.text', { name: user.name })}</Paragraph>
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
    </Dialog>
  );
}
