import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, LoadingState, PageHeading, Paragraph } from '@inspraak/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { AwaitingResponses } from '../../features/challenge-admin/components/AwaitingResponses';
import {
  ChallengeForm,
  type ChallengeFormValues,
} from '../../features/challenge-admin/components/ChallengeForm';
import { StateControls } from '../../features/challenge-admin/components/StateControls';
import { draftsFrom } from '../../features/challenge-admin/criteria';
import { toDayInput } from '../../features/challenge-admin/dates';
import {
  ChallengeAdminFieldsFragment,
  ChallengeAdminQuery,
  UpdateChallengeMutation,
} from '../../features/challenge-admin/graphql/challenge-admin';
import { challengeAdminPaths, challengePath } from '../../features/challenge-admin/paths';
import { getFragmentData } from '../../gql';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/challenge-admin/challenge-admin.css';
import '../../features/feedback/feedback.css';
import { PageState } from './PageStates';

/**
 * Managing one challenge: its state (open, review, close — with the closing rule visible),
 * the ideas that still need a response, and its details and criteria.
 */
export function ChallengeAdminPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { id = '', challengeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ChallengeAdminQuery, {
    variables: { id: challengeId },
  });
  const [update] = useMutation(UpdateChallengeMutation);
  const challenge = getFragmentData(ChallengeAdminFieldsFragment, data?.challenge);
  // The form starts from what was saved; it restarts when the saved version changes.
  const initial = useMemo<ChallengeFormValues | null>(
    () =>
      challenge
        ? {
            title: challenge.title,
            problemStatement: challenge.problemStatement,
            rules: challenge.rules,
            prize: challenge.prize ?? '',
            phase: challenge.phase,
            opensOn: toDayInput(challenge.opensAt),
            closesOn: toDayInput(challenge.closesAt),
            orgUnitIds: challenge.orgUnitIds,
            criteria: draftsFrom(challenge.criteria),
          }
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- restart only for a new version
    [challenge?.id, challenge?.updatedAt],
  );

  const back = { backTo: challengeAdminPaths.list(id), backLabel: t('challengeAdmin.list.title') };
  if (loading && !data) return <LoadingState label={t('common.loading')} />;
  if (!challenge) {
    const code = apiErrorCode(error);
    return (
      <PageState
        state={code === 'NOT_FOUND' ? 'notFound' : 'error'}
        onRetry={() => void refetch()}
        {...back}
      />
    );
  }
  if (challenge.trajectoryId !== id) return <PageState state="notFound" {...back} />;
  if (!challenge.viewer.canEdit) return <PageState state="forbidden" {...back} />;

  const criteriaLocked = challenge.state === 'REVIEW' || challenge.state === 'CLOSED';
  return (
    <>
      <PageTitle title={`${t('challengeAdmin.manage.title')} · ${challenge.title}`} />
      <PageHeading
        eyebrow={
          <Link to={challengeAdminPaths.list(challenge.trajectoryId)}>
            {t('challengeAdmin.manage.eyebrow', { trajectory: challenge.trajectoryTitle })}
          </Link>
        }
        title={challenge.title}
      />
      <p className="ins-item-actions">
        {challenge.state !== 'DRAFT' ? (
          <Link to={challengePath(challenge.id)}>{t('challengeAdmin.manage.view')}</Link>
        ) : null}
        {challenge.state === 'REVIEW' || challenge.state === 'CLOSED' ? (
          <Link to={challengeAdminPaths.jury(challenge.trajectoryId, challenge.id)}>
            {t('challengeAdmin.manage.jury')}
          </Link>
        ) : null}
      </p>
      <StateControls challenge={challenge} canEdit={challenge.viewer.canEdit} />
      {challenge.state === 'DRAFT' ? (
        <Alert type="info">
          <Paragraph>{t('challengeAdmin.manage.draftNote')}</Paragraph>
        </Alert>
      ) : (
        <AwaitingResponses
          challengeId={challenge.id}
          trajectoryId={challenge.trajectoryId}
          canRespond={challenge.viewer.canModerate || challenge.viewer.canEdit}
        />
      )}
      <section aria-labelledby="challenge-details-heading" className="ins-challenge-details">
        <h2 id="challenge-details-heading" className="utrecht-heading-2">
          {t('challengeAdmin.manage.details')}
        </h2>
        {initial ? (
          <ChallengeForm
            key={`${challenge.id}-${challenge.updatedAt}`}
            initial={initial}
            criteriaLocked={criteriaLocked}
            submitLabel={t('common.save')}
            onSubmit={async (values) => {
              await update({
                variables: {
                  input: {
                    id: challenge.id,
                    title: values.title,
                    problemStatement: values.problemStatement,
                    rules: values.rules,
                    prize: values.prize,
                    phase: values.phase,
                    opensAt: values.opensAt,
                    closesAt: values.closesAt,
                    orgUnitIds: values.orgUnitIds,
                    ...(values.criteria ? { criteria: values.criteria } : {}),
                  },
                },
              });
              toast(t('challengeAdmin.form.saved'));
            }}
          />
        ) : null}
      </section>
    </>
  );
}
