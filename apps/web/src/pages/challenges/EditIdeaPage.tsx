import {
  Alert,
  ErrorState,
  LoadingState,
  PageHeading,
  SecondaryActionButton,
} from '@inspraak/web-ui';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { IdeaForm } from '../../features/challenges/components/IdeaForm';
import { UpdateIdeaMutation } from '../../features/challenges/graphql/challenge-mutations';
import {
  IdeaCardFieldsFragment,
  IdeaQuery,
} from '../../features/challenges/graphql/challenge-queries';
import { ideaPath } from '../../features/challenges/paths';
import { getFragmentData } from '../../gql';
import '../../features/challenges/challenges.css';

/** The author changes their idea while the challenge is open. */
export function EditIdeaPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, refetch } = useQuery(IdeaQuery, { variables: { id } });
  const [updateIdea] = useMutation(UpdateIdeaMutation);

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
  const idea = data.idea;
  const card = getFragmentData(IdeaCardFieldsFragment, idea);
  const title = t('challenges.form.editTitle');
  return (
    <>
      <PageTitle title={`${title} · ${card.title}`} />
      <PageHeading eyebrow={<Link to={ideaPath(card.id)}>{card.title}</Link>} title={title} />
      {idea.viewer.canEdit ? (
        <IdeaForm
          mode="edit"
          challengeId={card.challengeId}
          ideaId={card.id}
          initial={{
            title: card.title,
            description: card.description,
            tags: card.tags,
            anonymous: card.anonymous,
            images: idea.attachments,
          }}
          cancelTo={ideaPath(card.id)}
          onSubmit={async (values) => {
            await updateIdea({
              variables: {
                input: {
                  id: card.id,
                  title: values.title,
                  description: values.description,
                  tags: values.tags,
                  attachmentIds: values.images.map((image) => image.id),
                  imageDescriptions: values.images.map((image) => ({
                    attachmentId: image.id,
                    description: image.description ?? '',
                  })),
                },
              },
            });
            toast(t('challenges.form.saved'));
            void navigate(ideaPath(card.id));
          }}
        />
      ) : (
        <Alert type="info">{t('challenges.form.cannotEdit')}</Alert>
      )}
    </>
  );
}
