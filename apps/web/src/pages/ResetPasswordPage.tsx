import { PageHeading, Surface } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { useToast } from '../app/toasts';
import { SetPasswordForm } from '../features/account-access/components/SetPasswordForm';
import { useResetPassword } from '../features/account-access/hooks/useResetPassword';
import { getFragmentData } from '../gql';
import { CurrentUserFragment } from '../features/auth/graphql/me-query';

/** The page behind the link in the reset mail: a new password, then signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const { resetPassword, loading } = useResetPassword();
  return (
    <div className="ins-sign-in">
      <PageTitle title={t('resetPassword.title')} />
      <PageHeading title={t('resetPassword.title')} lead={t('resetPassword.lead')} />
      <div className="ins-form">
        <Surface>
          <SetPasswordForm
            busy={loading}
            submitLabel={t('resetPassword.submit')}
            recovery={{ to: '/wachtwoord-vergeten', label: t('resetPassword.newLink') }}
            submit={async (password) => {
              const result = await resetPassword(token, password);
              return result.data
                ? getFragmentData(CurrentUserFragment, result.data.resetPassword).name
                : '';
            }}
            onDone={(name) => {
              void Promise.resolve(navigate('/', { replace: true })).then(() =>
                toast(t('resetPassword.done', { name })),
              );
            }}
          />
        </Surface>
      </div>
    </div>
  );
}
