import { ErrorState, LoadingState, MessagePage, SecondaryActionButton } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../app/PageTitle';

/** Loading, not found, forbidden and failed states shared by the management pages. */
export function PageState({
  state,
  onRetry,
  backTo,
  backLabel,
}: {
  state: 'loading' | 'notFound' | 'forbidden' | 'error';
  onRetry?: () => void;
  backTo: string;
  backLabel: string;
}) {
  const { t } = useTranslation();
  if (state === 'loading') return <LoadingState label={t('common.loading')} />;
  if (state === 'notFound' || state === 'forbidden') {
    const title =
      state === 'notFound' ? t('notFound.title') : t('challengeAdmin.pages.forbiddenTitle');
    return (
      <>
        <PageTitle title={title} />
        <MessagePage
          code={state === 'notFound' ? '404' : '403'}
          title={title}
          lead={
            state === 'notFound'
              ? t('challengeAdmin.pages.notFound')
              : t('challengeAdmin.pages.forbidden')
          }
          actions={<Link to={backTo}>{backLabel}</Link>}
        />
      </>
    );
  }
  return (
    <>
      <PageTitle title={t('challengeAdmin.pages.errorTitle')} />
      <h1 className="ins-visually-hidden">{t('challengeAdmin.pages.errorTitle')}</h1>
      <ErrorState
        description={t('common.loadError')}
        action={
          onRetry ? (
            <SecondaryActionButton onClick={onRetry}>{t('common.retry')}</SecondaryActionButton>
          ) : undefined
        }
      />
    </>
  );
}
