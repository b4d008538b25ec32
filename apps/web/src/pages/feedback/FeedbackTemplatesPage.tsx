import { useMutation, useQuery } from '@apollo/client/react';
import {
  EmptyState,
  Heading2,
  MessagePage,
  PageHeading,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  SubtleButton,
} from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../app/PageTitle';
import { useToast } from '../../app/toasts';
import { useCurrentUser } from '../../features/auth/hooks/useCurrentUser';
import { Permission } from '../../features/auth/permissions';
import { FeedbackNav } from '../../features/feedback/components/FeedbackNav';
import { FeedbackStatusBadge } from '../../features/feedback/components/FeedbackStatusBadge';
import { TemplateDialog } from '../../features/feedback/components/TemplateDialog';
import { feedbackProblem } from '../../features/feedback/feedback-errors';
import {
  DeleteFeedbackTemplateMutation,
  FeedbackTemplateFieldsFragment,
  FeedbackTemplatesQuery,
  FeedbackTrajectoriesQuery,
} from '../../features/feedback/graphql/feedback';
import { FEEDBACK_PATHS } from '../../features/feedback/paths';
import { getFragmentData } from '../../gql';
import type { FeedbackTemplateFieldsFragment as Template } from '../../gql/graphql';
import { ConfirmDialog } from '../../lib/ConfirmDialog';
import { apiErrorCode } from '../../lib/graphql-errors';
import '../../features/feedback/feedback.css';
import { QueryStates } from '../../lib/QueryStates';

type Editing = { template: Template | null } | null;

/**
 * Response templates: organisation-wide ones (moderators) and per trajectory (its team). The
 * text may name the input with {titel}; the bulk answer and the answer form fill it in.
 */
export function FeedbackTemplatesPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const { canAny } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const trajectoryId = params.get('traject')?.trim() ?? '';
  const moderator = canAny([Permission.CONTENT_MODERATE]);
  const trajectories = useQuery(FeedbackTrajectoriesQuery, { variables: { mine: !moderator } });
  const { data, loading, error, refetch } = useQuery(FeedbackTemplatesQuery, {
    variables: { trajectoryId: trajectoryId || null },
    fetchPolicy: 'cache-and-network',
  });
  const [remove] = useMutation(DeleteFeedbackTemplateMutation, {
    refetchQueries: ['FeedbackTemplates'],
    awaitRefetchQueries: true,
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Template | null>(null);
  const title = t('feedback.templates.title');
  const trajectoryList = trajectories.data?.trajectories.edges.map((edge) => edge.node) ?? [];

  if (!data && error && apiErrorCode(error) === 'FORBIDDEN') {
    return (
      <>
        <PageTitle title={title} />
        <MessagePage
          code="403"
          title={t('feedback.inbox.forbiddenTitle')}
          lead={t('feedback.inbox.forbidden')}
          actions={<Link to={FEEDBACK_PATHS.board}>{t('feedback.board.title')}</Link>}
        />
      </>
    );
  }
  const templates = getFragmentData(FeedbackTemplateFieldsFragment, data?.feedbackTemplates ?? []);

  return (
    <>
      <PageTitle title={title} />
      <PageHeading title={title} lead={t('feedback.templates.lead')} />
      <FeedbackNav search={trajectoryId ? `?traject=${trajectoryId}` : ''} />
      <div className="ins-feedback-filters">
        <SelectField
          id="templates-trajectory"
          label={t('feedback.templates.show')}
          value={trajectoryId}
          onChange={(value) => setParams(value ? { traject: value } : {}, { replace: true })}
          options={[
            { value: '', label: t('feedback.templates.organisationOnly') },
            ...trajectoryList.map((trajectory) => ({
              value: trajectory.id,
              label: trajectory.title,
            })),
          ]}
        />
        <p>
          <PrimaryActionButton type="button" onClick={() => setEditing({ template: null })}>
            {t('feedback.templates.new')}
          </PrimaryActionButton>
        </p>
      </div>
      <QueryStates hasData={!!data} loading={loading} error={error} onRetry={refetch} />
      {data && templates.length === 0 ? (
        <EmptyState
          title={t('feedback.templates.empty')}
          description={t('feedback.templates.emptyHint')}
        />
      ) : null}
      {templates.length > 0 ? (
        <ul className="ins-template-list" aria-label={title}>
          {templates.map((template) => (
            <li key={template.id} className="ins-template" aria-labelledby={`tpl-${template.id}`}>
              <Heading2 id={`tpl-${template.id}`} className="utrecht-heading-3">
                {template.title}
              </Heading2>
              <p className="ins-board-card__meta">
                <FeedbackStatusBadge status={template.status} />
                <span>
                  {template.trajectory
                    ? template.trajectory.title
                    : t('feedback.templates.organisation')}
                </span>
              </p>
              <p className="ins-template__text">{template.text}</p>
              <p className="ins-row-actions">
                <SecondaryActionButton type="button" onClick={() => setEditing({ template })}>
                  {t('common.edit')}
                  <span className="ins-visually-hidden">{` ${template.title}`}</span>
                </SecondaryActionButton>
                <SubtleButton hint="danger" type="button" onClick={() => setDeleting(template)}>
                  {t('feedback.templates.delete')}
                  <span className="ins-visually-hidden">{` ${template.title}`}</span>
                </SubtleButton>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <TemplateDialog
          template={editing.template}
          defaultTrajectoryId={trajectoryId}
          trajectories={trajectoryList}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('feedback.templates.deleteTitle', { title: deleting.title })}
          message={t('feedback.templates.deleteMessage')}
          confirmLabel={t('feedback.templates.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={() => remove({ variables: { id: deleting.id } })}
          onDone={() => {
            toast(t('feedback.templates.deleted', { title: deleting.title }));
            setDeleting(null);
          }}
          describeProblem={(caught) => feedbackProblem(t, caught)}
        />
      ) : null}
    </>
  );
}
