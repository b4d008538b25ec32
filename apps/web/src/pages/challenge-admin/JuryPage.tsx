import { useQuery } from '@apollo/client/react';
import { Alert, LoadingState, PageHeading, Paragraph, StatusBadge } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { stateBadgeStatus } from '../../features/challenge-admin/components/StateControls';
import { useChallengeTrajectory } from '../../features/challenge-admin/hooks';
import { challengeAdminPaths } from '../../features/challenge-admin/paths';
import { JuryDecisions } from '../../features/evaluation/components/JuryDecisions';
import { JurorScoring } from '../../features/evaluation/components/JurorScoring';
import {
  ChallengeEvaluationQuery,
  JuryChallengeQuery,
} from '../../features/evaluation/graphql/evaluation';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/challenge-admin/challenge-admin.css';
import { PageState } from './PageStates';

/**
 * The jury screen of one challenge: jurors score the ideas; the trajectory editors follow the
 * progress, see the weighted ranking, shortlist, mark winners and invite them into the team.
 */
export function JuryPage() {
  const { t } = useTranslation();
  const { id = '', challengeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { user } = useCurrentUser();
  const { trajectory } = useChallengeTrajectory(id);
  const challengeQuery = useQuery(JuryChallengeQuery, { variables: { id: challengeId } });
  const evaluationQuery = useQuery(ChallengeEvaluationQuery, { variables: { challengeId } });
  const challenge = challengeQuery.data?.challenge;
  const evaluation = evaluationQuery.data?.challengeEvaluation;
  const back = { backTo: challengeAdminPaths.list(id), backLabel: t('challengeAdmin.list.title') };

  if ((challengeQuery.loading && !challenge) || (evaluationQuery.loading && !evaluation)) {
    return <LoadingState label={t('common.loading')} />;
  }
  if (!challenge || challenge.trajectoryId !== id) {
    const code = apiErrorCode(challengeQuery.error);
    return (
      <PageState
        state={code === 'NOT_FOUND' || challenge ? 'notFound' : 'error'}
        onRetry={() => void challengeQuery.refetch()}
        {...back}
      />
    );
  }
  if (!evaluation) {
    const code = apiErrorCode(evaluationQuery.error);
    return (
      <PageState
        state={code === 'FORBIDDEN' ? 'forbidden' : code === 'NOT_FOUND' ? 'notFound' : 'error'}
        onRetry={() => void evaluationQuery.refetch()}
        {...back}
      />
    );
  }

  const isJuror = !!trajectory?.viewer.roles.includes('JURY_MEMBER');
  const mine = evaluation.progress.find((p) => p.jurorId === user?.id) ?? null;
  const showScoring = isJuror || !!mine;
  const selectedId = search.get('idee');
  const title = t('evaluation.title');

  return (
    <>
      <PageTitle title={`${title} · ${challenge.title}`} />
      <PageHeading
        eyebrow={
          <Link to={challengeAdminPaths.list(challenge.trajectoryId)}>
            {challenge.trajectoryTitle}
          </Link>
        }
        title={t('evaluation.heading', { title: challenge.title })}
      />
      <p className="ins-item-actions">
        <StatusBadge status={stateBadgeStatus(challenge.state)}>
          {t(`challengeAdmin.states.${challenge.state}`)}
        </StatusBadge>
        {challenge.viewer.canEdit ? (
          <Link to={challengeAdminPaths.manage(challenge.trajectoryId, challenge.id)}>
            {t('evaluation.toManage')}
          </Link>
        ) : null}
      </p>
      {showScoring ? (
        <section aria-labelledby="jury-scoring-heading" className="ins-jury-scoring">
          <h2 id="jury-scoring-heading" className="utrecht-heading-2">
            {t('evaluation.scoring.title')}
          </h2>
          {!evaluation.canScore ? (
            <Alert type="info">
              <Paragraph>
                {challenge.state === 'CLOSED'
                  ? t('evaluation.scoring.closed')
                  : t('evaluation.scoring.notYet')}
              </Paragraph>
            </Alert>
          ) : (
            <p>{t('evaluation.scoring.intro')}</p>
          )}
          {user ? (
            <JurorScoring
              challengeId={challenge.id}
              jurorId={user.id}
              criteria={evaluation.criteria}
              ideas={evaluation.ranking}
              progress={mine}
              canScore={evaluation.canScore}
              selectedId={selectedId}
              onSelect={(ideaId) =>
                setSearch(ideaId ? { idee: ideaId } : {}, {
                  replace: true,
                  preventScrollReset: true,
                })
              }
            />
          ) : null}
        </section>
      ) : null}
      {evaluation.canDecide ? (
        <JuryDecisions
          challengeId={challenge.id}
          trajectoryId={challenge.trajectoryId}
          state={challenge.state}
          criteria={evaluation.criteria}
          progress={evaluation.progress}
          ranking={evaluation.ranking}
        />
      ) : null}
    </>
  );
}
