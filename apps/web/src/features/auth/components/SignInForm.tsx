import { Alert, FormActions, Paragraph, PrimaryActionButton, TextField } from '@inspraak/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorText, isEmail } from '../../../lib/field-errors';
import { apiErrorCode, apiFieldErrors } from '../../../lib/graphql-errors';
import { getFragmentData } from '../../../gql';
import { CurrentUserFragment } from '../graphql/me-query';
import { useSignIn } from '../hooks/useSignIn';

type Field = 'email' | 'password';
type FormProblem = 'wrongCredentials' | 'lockedOut' | 'unavailable' | 'unexpected';

export interface SignInFormProps {
  email: string;
  password: string;
  onChange: (values: { email: string; password: string }) => void;
  onSignedIn: (name: string) => void;
}

/** E-mail and password; checks the obvious before asking the API, then maps its error codes. */
export function SignInForm({ email, password, onChange, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const { signIn, loading } = useSignIn();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const focusFirst = (errors: Partial<Record<Field, string>>) => {
    if (errors.email) emailRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: Partial<Record<Field, string>> = {};
    if (!email.trim()) errors.email = 'REQUIRED';
    else if (!isEmail(email)) errors.email = 'INVALID_EMAIL';
    if (!password) errors.password = 'REQUIRED';
    setFieldErrors(errors);
    setProblem(null);
    if (Object.keys(errors).length > 0) {
      focusFirst(errors);
      return;
    }
    try {
      const result = await signIn(email, password);
      if (result.data) onSignedIn(getFragmentData(CurrentUserFragment, result.data.signIn).name);
    } catch (error) {
      const code = apiErrorCode(error);
      if (code === 'BAD_USER_INPUT') {
        const fromApi = apiFieldErrors(error);
        const mapped = { email: fromApi['email'], password: fromApi['password'] };
        if (mapped.email || mapped.password) {
          setFieldErrors(mapped);
          focusFirst(mapped);
          return;
        }
      }
      setProblem(
        code === 'UNAUTHENTICATED'
          ? 'wrongCredentials'
          : code === 'RATE_LIMITED'
            ? 'lockedOut'
            : code === 'NETWORK' || code === 'SERVICE_UNAVAILABLE'
              ? 'unavailable'
              : 'unexpected',
      );
      // Move focus to the message so it is read out and the user knows where they are.
      setTimeout(() => alertRef.current?.focus(), 0);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="ins-form">
      {problem ? (
        <div ref={alertRef} tabIndex={-1} className="ins-form-alert">
          <Alert type="error" role="alert">
            <Paragraph>
              <strong>{t(`signIn.problems.${problem}.title`)}</strong>
            </Paragraph>
            <Paragraph>{t(`signIn.problems.${problem}.text`)}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <TextField
        ref={emailRef}
        label={t('signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={(value) => onChange({ email: value, password })}
        error={fieldErrorText(t, fieldErrors.email)}
        errorPrefix={t('common.errorPrefix')}
        required
      />
      <TextField
        ref={passwordRef}
        label={t('signIn.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(value) => onChange({ email, password: value })}
        error={fieldErrorText(t, fieldErrors.password)}
        errorPrefix={t('common.errorPrefix')}
        required
      />
      <FormActions>
        <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </PrimaryActionButton>
      </FormActions>
    </form>
  );
}
