import { PageHeading, Surface } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageTitle } from '../app/PageTitle';
import { useToast } from '../app/toasts';
import { SetPasswordForm } from '../features/account-access/components/SetPasswordForm';
import { useAcceptInvitation } from '../features/account-access/hooks/useAcceptInvitation';
import { CurrentUserFragment } from '../features/auth/graphql/me-query';
import { getFragmentData } from '../gql';

/** The page behind the link in the invitation mail: a first password, then signed in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const { acceptInvitation, loading } = useAcceptInvitation();
  return (
    <div className="ins-sign-in">
      <PageTitle title={t('invitation.title')} />
      <PageHeading title={t('invitation.title')} lead={t('invitation.lead')} />
      <div className="ins-form">
        <Surface>
          <SetPasswordForm
            busy={loading}
            submitLabel={t('invitation.submit')}
            recovery={{ to: '/wachtwoord-vergeten', label: t('invitation.recovery') }}
            submit={async (password) => {
              const result = await acceptInvitation(token, password);
              return result.data
                ? getFragmentData(CurrentUserFragment, result.data.acceptInvitation).name
                : '';
            }}
            onDone={(name) => {
              void Promise.resolve(navigate('/', { replace: true })).then(() =>
                toast(t('invitation.done', { name })),
              );
            }}
          />
        </Surface>
      </div>
    </div>
  );
}
