import {
  Alert,
  FormActions,
  PageHeading,
  Paragraph,
  PrimaryActionButton,
  Surface,
  TextField,
} from '@inspraak/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { useRequestPasswordReset } from '../features/account-access/hooks/useRequestPasswordReset';
import { fieldErrorText, isEmail } from '../lib/field-errors';
import { apiErrorCode } from '../lib/graphql-errors';

type Problem = 'rateLimited' | 'unexpected';

/** Always the same confirmation, so the page does not tell which addresses have an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { requestPasswordReset, loading } = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [sent, setSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = !email.trim() ? 'REQUIRED' : !isEmail(email) ? 'INVALID_EMAIL' : undefined;
    setError(found);
    setProblem(null);
    if (found) {
      emailRef.current?.focus();
      return;
    }
    try {
      await requestPasswordReset(email);
      setSent(true);
    } catch (caught) {
      setProblem(apiErrorCode(caught) === 'RATE_LIMITED' ? 'rateLimited' : 'unexpected');
    }
    setTimeout(() => messageRef.current?.focus(), 0);
  };

  return (
    <div className="ins-sign-in">
      <PageTitle title={t('forgotPassword.title')} />
      <PageHeading title={t('forgotPassword.title')} lead={t('forgotPassword.lead')} />
      <div className="ins-form">
        <Surface>
          {sent ? (
            <div ref={messageRef} tabIndex={-1} className="ins-form-alert">
              <Alert type="ok" role="status">
                <Paragraph>
                  <strong>{t('forgotPassword.sent.title')}</strong>
                </Paragraph>
                <Paragraph>{t('forgotPassword.sent.text', { email: email.trim() })}</Paragraph>
              </Alert>
            </div>
          ) : (
            <form noValidate onSubmit={(event) => void onSubmit(event)} className="ins-form">
              {problem ? (
                <div ref={messageRef} tabIndex={-1} className="ins-form-alert">
                  <Alert type="error" role="alert">
                    <Paragraph>{t(`forgotPassword.problems.${problem}`)}</Paragraph>
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
                onChange={setEmail}
                error={fieldErrorText(t, error)}
                errorPrefix={t('common.errorPrefix')}
                required
              />
              <FormActions>
                <PrimaryActionButton type="submit" busy={loading} disabled={loading}>
                  {t('forgotPassword.submit')}
                </PrimaryActionButton>
              </FormActions>
            </form>
          )}
          <Paragraph>
            <Link to="/inloggen">{t('forgotPassword.backToSignIn')}</Link>
          </Paragraph>
        </Surface>
      </div>
    </div>
  );
}
