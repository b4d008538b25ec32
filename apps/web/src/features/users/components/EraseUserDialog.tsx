import {
  Alert,
  Dialog,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TextField,
  UnorderedList,
  UnorderedListItem,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { fieldErrorText } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';
import { erasureSummary } from '../erasure-summary';
import { useEraseUser } from '../hooks/useEraseUser';
import { NewOwnerPicker, type PickedOwner } from './NewOwnerPicker';

type Field = 'confirmEmail' | 'newOwnerId';

// The erasure's own error codes; anything else is said by the shared field error texts.
const ERASE_ERRORS = [
  'CONFIRMATION_MISMATCH',
  'OWNS_TRAJECTORIES',
  'UNKNOWN_USER',
  'SAME_USER',
  'OWN_ACCOUNT',
  'ALREADY_ERASED',
  'NOT_FOUND',
] as const;
type EraseError = (typeof ERASE_ERRORS)[number];

function isEraseError(code: string): code is EraseError {
  return (ERASE_ERRORS as readonly string[]).includes(code);
}

export interface EraseUserDialogProps {
  user: { id: string; name: string; email: string };
  onClose: () => void;
  /** After the erasure, with a sentence saying what changed (for the toast). */
  onDone: (summary: string) => void;
}

/**
 * Erases a person (C11), irreversibly: explains what happens, asks for the person's e-mail
 * address as confirmation and, when they own trajectories, for a new owner. The API's field
 * errors appear next to their fields; anything else inside the dialog, which stays open.
 */
export function EraseUserDialog({ user, onClose, onDone }: EraseUserDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const formId = useId();
  const { eraseUser, loading } = useEraseUser();
  const [confirmEmail, setConfirmEmail] = useState('');
  const [owner, setOwner] = useState<PickedOwner | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const effects = t('users.erase.effects', { returnObjects: true });

  const errorText = (code: string | undefined) =>
    code && isEraseError(code) ? t(`users.erase.errors.${code}`) : fieldErrorText(t, code);
  const focusField = (field: Field) =>
    setTimeout(() => document.getElementById(`${formId}-${field}`)?.focus(), 0);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!confirmEmail.trim()) {
      setErrors({ confirmEmail: 'REQUIRED' });
      focusField('confirmEmail');
      return;
    }
    setErrors({});
    try {
      const counts = await eraseUser({
        userId: user.id,
        confirmEmail: confirmEmail.trim(),
        ...(owner ? { newOwnerId: owner.id } : {}),
      });
      onDone(erasureSummary(t, language, user.name, counts));
    } catch (caught) {
      if (apiErrorCode(caught) === 'NOT_FOUND') {
        setProblem(t('users.erase.errors.NOT_FOUND'));
        return;
      }
      const fields = apiFieldErrors(caught);
      const found: Partial<Record<Field, string>> = {
        confirmEmail: fields['confirmEmail'],
        newOwnerId: fields['newOwnerId'],
      };
      const first = (['confirmEmail', 'newOwnerId'] as const).find((field) => found[field]);
      if (first) {
        setErrors(found);
        focusField(first);
      } else {
        // About the person as a whole (their own account, already erased) or unexpected.
        const code = fields['userId'];
        setProblem(code ? (errorText(code) ?? null) : t('users.erase.failed'));
      }
    }
  };

  return (
    <Dialog
      open
      title={t('users.erase.title', { name: user.name })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton
            type="submit"
            form={formId}
            hint="danger"
            busy={loading}
            disabled={loading}
          >
            {t('users.erase.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void onSubmit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        {/* Part of the explanation, read with it (not an interrupting alert). */}
        <Alert type="warning" role="note">
          <Paragraph>{t('users.erase.warning')}</Paragraph>
        </Alert>
        <Paragraph>{t('users.erase.intro', { name: user.name })}</Paragraph>
        <UnorderedList>
          {effects.map((effect) => (
            <UnorderedListItem key={effect}>{effect}</UnorderedListItem>
          ))}
        </UnorderedList>
        <TextField
          id={`${formId}-confirmEmail`}
          label={t('users.erase.confirmEmail')}
          description={t('users.erase.confirmEmailHint', { email: user.email })}
          type="email"
          value={confirmEmail}
          onChange={(value) => {
            setConfirmEmail(value);
            setErrors((current) => ({ ...current, confirmEmail: undefined }));
          }}
          error={errorText(errors.confirmEmail)}
          errorPrefix={t('common.errorPrefix')}
          autoComplete="off"
          maxLength={320}
          required
        />
        <NewOwnerPicker
          id={`${formId}-newOwnerId`}
          excludeId={user.id}
          value={owner}
          onChange={(next) => {
            setOwner(next);
            if (next) setErrors((current) => ({ ...current, newOwnerId: undefined }));
          }}
          error={errorText(errors.newOwnerId)}
        />
      </form>
    </Dialog>
  );
}
