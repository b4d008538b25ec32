import {
  Alert,
  ErrorState,
  LoadingState,
  PageHeading,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { IdeaForm } from '../../features/challenges/components/IdeaForm';
import { SubmitIdeaMutation } from '../../features/challenges/graphql/challenge-mutations';
import { ChallengeQuery } from '../../features/challenges/graphql/challenge-queries';
import { forgetIdeaLists } from '../../features/challenges/hooks/idea-cache';
import { challengePath, ideaPath } from '../../features/challenges/paths';
import '../../features/challenges/challenges.css';

/** A random key per form: a retried submit (lost answer, double click) returns the same idea. */
function newKey(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function NewIdeaPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const idempotencyKey = useRef(newKey());
  const { data, loading, refetch } = useQuery(ChallengeQuery, { variables: { id } });
  const [submitIdea] = useMutation(SubmitIdeaMutation, {
    update: (cache) => forgetIdeaLists(cache, id),
  });

  if (loading && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    return (
      <ErrorState
        description={t('common.loadError')}
        action={
          <SecondaryActionButton onClick={() => void refetch()}>
            {t('common.retry')}
          </SecondaryActionButton>
        }
      />
    );
  }
  const challenge = data.challenge;
  const title = t('challenges.form.newTitle');
  return (
    <>
      <PageTitle title={`${title} · ${challenge.title}`} />
      <PageHeading
        eyebrow={<Link to={challengePath(challenge.id)}>{challenge.title}</Link>}
        title={title}
        lead={t('challenges.form.newLead')}
      />
      {challenge.viewer.canSubmit ? (
        <IdeaForm
          mode="new"
          challengeId={challenge.id}
          cancelTo={challengePath(challenge.id)}
          onSubmit={async (values) => {
            const result = await submitIdea({
              variables: {
                input: {
                  challengeId: challenge.id,
                  title: values.title,
                  description: values.description,
                  tags: values.tags,
                  anonymous: values.anonymous,
                  attachmentIds: values.images.map((image) => image.id),
                  imageDescriptions: values.images.map((image) => ({
                    attachmentId: image.id,
                    description: image.description ?? '',
                  })),
                  idempotencyKey: idempotencyKey.current,
                },
              },
            });
            const created = result.data?.submitIdea;
            if (!created) throw new Error('No idea in the answer');
            toast(
              values.anonymous ? t('challenges.form.postedAnonymous') : t('challenges.form.posted'),
            );
            void navigate(ideaPath(created.id));
          }}
        />
      ) : (
        <Alert type="info">{t('challenges.form.notOpen')}</Alert>
      )}
    </>
  );
}
