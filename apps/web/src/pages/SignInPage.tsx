import {
  Alert,
  BUTTON_LINK_CLASS_NAME,
  LoadingState,
  PageHeading,
  Paragraph,
  Surface,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { useToast } from '../app/toasts';
import { DemoAccounts } from '../features/auth/components/DemoAccounts';
import { SignInForm } from '../features/auth/components/SignInForm';
import { useCurrentUser } from '../features/auth/hooks/useCurrentUser';
import { useSignInContext } from '../features/auth/hooks/useRuntimeMode';
import { RETURN_PARAM, safeReturnPath } from '../features/auth/safe-return-path';

/** Why a single sign-on was refused (libs/server/identity sso.service.ts SsoFailure). */
const SSO_FAILURES = [
  'not_configured',
  'unavailable',
  'denied',
  'state',
  'token',
  'email_missing',
  'email_unverified',
  'no_account',
  'deactivated',
] as const;
type SsoFailure = (typeof SSO_FAILURES)[number] | 'unknown';

function ssoFailure(value: string | null): SsoFailure | null {
  if (value === null) return null;
  return (SSO_FAILURES as readonly string[]).includes(value) ? (value as SsoFailure) : 'unknown';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  // Just signed out: the cache still knows the old user until it has been reset.
  const justSignedOut = (useLocation().state as { signedOut?: boolean } | null)?.signedOut;
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  const sso = ssoFailure(params.get('sso'));
  const { user, loading } = useCurrentUser();
  const { runtimeMode, singleSignOn } = useSignInContext();
  const [values, setValues] = useState({ email: '', password: '' });
  // Set while this page itself signs in, so the redirect below does not race the navigation.
  const [signingIn, setSigningIn] = useState(false);

  if (loading) return <LoadingState label={t('common.loading')} />;
  if (user && !signingIn && !justSignedOut) return <Navigate to={returnTo} replace />;

  const embedded = runtimeMode === 'EMBEDDED';
  return (
    <div className="ins-sign-in">
      <PageTitle title={t('signIn.title')} />
      <PageHeading title={t('signIn.title')} lead={t('signIn.lead')} />
      <div className={embedded ? 'ins-split' : 'ins-form'}>
        <Surface>
          {sso ? (
            <div className="ins-form-alert">
              <Alert type="error" role="alert">
                <Paragraph>
                  <strong>{t('signIn.ssoProblems.title')}</strong>
                </Paragraph>
                <Paragraph>{t(`signIn.ssoProblems.${sso}`)}</Paragraph>
              </Alert>
            </div>
          ) : null}
          {singleSignOn ? (
            <div className="ins-sso">
              {/* A full page load: the API starts the OpenID Connect flow. */}
              <a
                className={BUTTON_LINK_CLASS_NAME}
                href={`${singleSignOn.startUrl}?returnTo=${encodeURIComponent(returnTo)}`}
              >
                {t('signIn.sso', { name: singleSignOn.displayName })}
              </a>
              <Paragraph className="ins-sso__or">{t('signIn.orPassword')}</Paragraph>
            </div>
          ) : null}
          <SignInForm
            email={values.email}
            password={values.password}
            onChange={setValues}
            onSignedIn={(name) => {
              setSigningIn(true);
              void Promise.resolve(navigate(returnTo, { replace: true })).then(() =>
                toast(t('auth.welcome', { name })),
              );
            }}
          />
          <Paragraph>
            <Link to="/wachtwoord-vergeten">{t('signIn.forgotPassword')}</Link>
          </Paragraph>
        </Surface>
        {embedded ? (
          <DemoAccounts onPick={(email, password) => setValues({ email, password })} />
        ) : null}
      </div>
    </div>
  );
}
