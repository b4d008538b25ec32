import { useMutation } from '@apollo/client/react';
import {
  Alert,
  FormActions,
  PageHeading,
  Paragraph,
  PrimaryActionButton,
  Surface,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { UnsubscribeMutation } from '../../features/notifications/graphql/notifications';
import type { NotificationType } from '../../gql/graphql';
import { apiErrorCode } from '../../lib/graphql-errors';

type Problem = 'missing' | 'invalid' | 'expired' | 'failed';

function problemOf(error: unknown): Problem {
  const code = apiErrorCode(error);
  if (code === 'TOKEN_EXPIRED') return 'expired';
  if (code === 'TOKEN_INVALID' || code === 'BAD_USER_INPUT' || code === 'NOT_FOUND')
    return 'invalid';
  return 'failed';
}

/**
 * The page behind the unsubscribe link in every notification mail (public: no sign-in needed;
 * the signed token is the authority). Opening it changes nothing: the button does.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token')?.trim() ?? '';
  const { user } = useCurrentUser();
  const [unsubscribe, { loading }] = useMutation(UnsubscribeMutation);
  const [done, setDone] = useState<NotificationType | null>(null);
  const [problem, setProblem] = useState<Problem | null>(token ? null : 'missing');
  const title = t('notifications.unsubscribe.title');

  const confirm = async () => {
    setProblem(null);
    try {
      const result = await unsubscribe({ variables: { token } });
      if (result.data) setDone(result.data.unsubscribe);
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  const settingsLink = user ? (
    <Link to="/profiel/meldingen">{t('notifications.unsubscribe.toSettings')}</Link>
  ) : (
    <Link to="/inloggen?terug=%2Fprofiel%2Fmeldingen">
      {t('notifications.unsubscribe.signInForSettings')}
    </Link>
  );

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('notifications.unsubscribe.lead')} />
      <Surface>
        {done ? (
          <div>
            <Alert type="ok">
              <Paragraph>
                {t('notifications.unsubscribe.done', {
                  type: t(`notifications.types.${done}`, { defaultValue: done }),
                })}
              </Paragraph>
            </Alert>
            <Paragraph>{t('notifications.unsubscribe.doneHint')}</Paragraph>
            <Paragraph>{settingsLink}</Paragraph>
          </div>
        ) : (
          <>
            {/* Warning and error alerts are live regions of their own (role="alert"). */}
            {problem ? (
              <Alert type={problem === 'failed' ? 'error' : 'warning'}>
                <Paragraph>{t(`notifications.unsubscribe.problems.${problem}`)}</Paragraph>
              </Alert>
            ) : null}
            {problem !== 'missing' && problem !== 'invalid' && problem !== 'expired' ? (
              <>
                <Paragraph>{t('notifications.unsubscribe.explain')}</Paragraph>
                <FormActions>
                  <PrimaryActionButton
                    type="button"
                    busy={loading}
                    disabled={loading}
                    onClick={() => void confirm()}
                  >
                    {t('notifications.unsubscribe.confirm')}
                  </PrimaryActionButton>
                </FormActions>
              </>
            ) : (
              <Paragraph>{settingsLink}</Paragraph>
            )}
          </>
        )}
      </Surface>
    </>
  );
}
