import { Alert, FormActions, Paragraph, PrimaryActionButton, TextField } from '@inspraak/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrorText } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';

type Field = 'password' | 'confirmation';
export type TokenProblem = 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'TOKEN_USED' | 'unexpected';

const TOKEN_PROBLEMS = new Set<string>(['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED']);
const MIN_LENGTH = 12;

export interface SetPasswordFormProps {
  /** Sets the password; resolves with the signed-in user's name. */
  submit: (password: string) => Promise<string>;
  busy: boolean;
  submitLabel: string;
  /** Where a new link can be asked for when this one no longer works. */
  recovery: { to: string; label: string };
  onDone: (name: string) => void;
}

/** A new password typed twice; the API's policy errors appear next to the field. */
export function SetPasswordForm({
  submit,
  busy,
  submitLabel,
  recovery,
  onDone,
}: SetPasswordFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<TokenProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    if (found.password) passwordRef.current?.focus();
    else if (found.confirmation) confirmationRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.password) found.password = 'REQUIRED';
    else if ([...values.password].length < MIN_LENGTH) found.password = 'TOO_SHORT';
    if (!values.confirmation) found.confirmation = 'REQUIRED';
    else if (values.password && values.confirmation !== values.password) {
      found.confirmation = 'PASSWORD_MISMATCH';
    }
    setProblem(null);
    show(found);
    if (Object.keys(found).length > 0) return;
    try {
      onDone(await submit(values.password));
    } catch (error) {
      const code = apiErrorCode(error);
      const password = apiFieldErrors(error)['password'];
      if (code === 'BAD_USER_INPUT' && password) {
        show({ password });
        return;
      }
      setProblem(TOKEN_PROBLEMS.has(code) ? (code as TokenProblem) : 'unexpected');
      setTimeout(() => alertRef.current?.focus(), 0);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="ins-form">
      {problem ? (
        <div ref={alertRef} tabIndex={-1} className="ins-form-alert">
          <Alert type="error" role="alert">
            <Paragraph>
              <strong>{t(`accountAccess.tokenProblems.${problem}.title`)}</strong>
            </Paragraph>
            <Paragraph>{t(`accountAccess.tokenProblems.${problem}.text`)}</Paragraph>
            {problem === 'unexpected' ? null : (
              <Paragraph>
                <Link to={recovery.to}>{recovery.label}</Link>
              </Paragraph>
            )}
          </Alert>
        </div>
      ) : null}
      <TextField
        ref={passwordRef}
        label={t('accountAccess.newPassword')}
        description={t('accountAccess.passwordHint')}
        type="password"
        name="password"
        autoComplete="new-password"
        value={values.password}
        onChange={(password) => setValues((current) => ({ ...current, password }))}
        error={fieldErrorText(t, errors.password)}
        errorPrefix={t('common.errorPrefix')}
        required
      />
      <TextField
        ref={confirmationRef}
        label={t('accountAccess.confirmPassword')}
        type="password"
        name="confirmation"
        autoComplete="new-password"
        value={values.confirmation}
        onChange={(confirmation) => setValues((current) => ({ ...current, confirmation }))}
        error={fieldErrorText(t, errors.confirmation)}
        errorPrefix={t('common.errorPrefix')}
        required
      />
      <FormActions>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
      </FormActions>
    </form>
  );
}
