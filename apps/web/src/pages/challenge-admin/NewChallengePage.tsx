import { useMutation } from '@apollo/client/react';
import { LoadingState, PageHeading } from '@inspraak/web-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import {
  ChallengeForm,
  type ChallengeFormValues,
} from '../../features/challenge-admin/components/ChallengeForm';
import { defaultCriteria } from '../../features/challenge-admin/criteria';
import {
  CreateChallengeMutation,
  TrajectoryChallengesQuery,
} from '../../features/challenge-admin/graphql/challenge-admin';
import { useChallengeTrajectory } from '../../features/challenge-admin/hooks';
import { challengeAdminPaths } from '../../features/challenge-admin/paths';
import { getFragmentData } from '../../gql';
import { ChallengeAdminFieldsFragment } from '../../features/challenge-admin/graphql/challenge-admin';
import '../../features/challenge-admin/challenge-admin.css';
import { PageState } from './PageStates';

/** A new challenge in a trajectory: starts as a draft with the standard criteria prefilled. */
export function NewChallengePage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { trajectory, notFound, error, refetch } = useChallengeTrajectory(id);
  const [create] = useMutation(CreateChallengeMutation, {
    refetchQueries: [
      { query: TrajectoryChallengesQuery, variables: { trajectoryId: id, first: 50 } },
    ],
  });
  const initial = useMemo<ChallengeFormValues | null>(
    () =>
      trajectory
        ? {
            title: '',
            problemStatement: '',
            rules: '',
            prize: '',
            phase: trajectory.phase,
            opensOn: '',
            closesOn: '',
            orgUnitIds: [],
            criteria: defaultCriteria(),
          }
        : null,
    [trajectory],
  );

  const back = { backTo: challengeAdminPaths.list(id), backLabel: t('challengeAdmin.list.title') };
  if (notFound) return <PageState state="notFound" {...back} />;
  if (error) return <PageState state="error" onRetry={() => void refetch()} {...back} />;
  if (!trajectory || !initial) return <LoadingState label={t('common.loading')} />;
  if (!trajectory.viewer.canEdit) return <PageState state="forbidden" {...back} />;

  const title = t('challengeAdmin.form.createTitle');
  return (
    <>
      <PageTitle title={`${title} · ${trajectory.title}`} />
      <PageHeading
        eyebrow={<Link to={challengeAdminPaths.list(trajectory.id)}>{trajectory.title}</Link>}
        title={title}
        lead={t('challengeAdmin.form.createLead')}
      />
      <ChallengeForm
        initial={initial}
        submitLabel={t('challengeAdmin.form.create')}
        onSubmit={async (values) => {
          const result = await create({
            variables: {
              input: {
                trajectoryId: trajectory.id,
                title: values.title,
                problemStatement: values.problemStatement,
                rules: values.rules,
                prize: values.prize || null,
                phase: values.phase,
                opensAt: values.opensAt,
                closesAt: values.closesAt,
                orgUnitIds: values.orgUnitIds,
                criteria: values.criteria,
              },
            },
          });
          const created = getFragmentData(
            ChallengeAdminFieldsFragment,
            result.data?.createChallenge,
          );
          if (!created) throw new Error('no answer');
          toast(t('challengeAdmin.form.created', { title: created.title }));
          void navigate(challengeAdminPaths.manage(trajectory.id, created.id));
        }}
      />
    </>
  );
}
