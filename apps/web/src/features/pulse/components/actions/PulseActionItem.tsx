import { useMutation } from '@apollo/client/react';
import { SecondaryActionButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToast } from '../../../../app/toasts';
import { getFragmentData } from '../../../../gql';
import type { PulseActionFieldsFragment } from '../../../../gql/graphql';
import { formatDateTime } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { Markdown } from '../../../challenges/markdown/Markdown';
import { FeedbackHistory } from '../../../feedback/components/FeedbackHistory';
import { FeedbackLinks } from '../../../feedback/components/FeedbackLinks';
import { FeedbackStatusBadge } from '../../../feedback/components/FeedbackStatusBadge';
import { RespondForm } from '../../../feedback/components/RespondForm';
import { FeedbackFieldsFragment } from '../../../feedback/graphql/feedback';
import { trajectoryInboxPath } from '../../../feedback/paths';
import { FollowPulseActionMutation } from '../../graphql/actions';
import { pick } from '../../pulse-format';
import type { ActionSubjects } from './PulseActionDialog';

export interface PulseActionItemProps {
  action: PulseActionFieldsFragment;
  subjects: ActionSubjects;
  onEdit: () => void;
}

type Person = { name: string; anonymous: boolean } | null | undefined;

/**
 * One action: what it is about, its status, the public description and the latest update with
 * who gave it and when, the history, and following. Owners edit it and update its status (the
 * feedback loop's own answer form).
 */
export function PulseActionItem({ action, subjects, onEdit }: PulseActionItemProps) {
  const { t } = useTranslation('pulse');
  const { t: tc } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const [responding, setResponding] = useState(false);
  const [follow, following] = useMutation(FollowPulseActionMutation);
  const feedback = getFragmentData(FeedbackFieldsFragment, action.feedback);
  const history = action.feedback.history;
  const headingId = `pulse-action-${action.id}`;
  const respondId = `pulse-action-${action.id}-respond`;
  const person = (who: Person) => (who && !who.anonymous ? who.name : t('actions.team'));
  const dimension = subjects.dimensions.find((d) => d.key === action.dimension);
  const question = subjects.questions.find((q) => q.key === action.questionKey);
  // The description is the first public response; show a later one apart from it.
  const laterResponse =
    history.length > 1 && feedback.response && feedback.response !== action.description
      ? feedback.response
      : null;
  const context = t('actions.actionContext', { title: action.title });

  const toggleFollow = async () => {
    const next = !action.viewer.following;
    // The count and the pressed state change at once; the API's answer settles them.
    const optimistic = {
      __typename: 'PulseAction' as const,
      id: action.id,
      followerCount: Math.max(0, action.followerCount + (next ? 1 : -1)),
      viewer: {
        __typename: 'PulseActionViewer' as const,
        canManage: action.viewer.canManage,
        following: next,
      },
    };
    try {
      await follow({
        variables: { id: action.id, follow: next },
        optimisticResponse: { followPulseAction: optimistic },
      });
      toast(
        next
          ? t('actions.followStarted', { title: action.title })
          : t('actions.followStopped', { title: action.title }),
      );
    } catch {
      toast(t('actions.followFailed'), 'error');
    }
  };

  return (
    <li className="ins-pulse-action" aria-labelledby={headingId}>
      <div className="ins-pulse-action__head">
        <h3 id={headingId} className="utrecht-heading-3 ins-pulse-action__title">
          {action.title}
        </h3>
        <p className="ins-pulse-action__status">
          <span className="ins-visually-hidden">{`${t('actions.status')} `}</span>
          <FeedbackStatusBadge status={feedback.status} />
        </p>
      </div>
      {dimension || question ? (
        <ul className="ins-pulse-action__about">
          {dimension ? (
            <li>{t('actions.aboutDimension', { name: pick(dimension.name, language) })}</li>
          ) : null}
          {question ? (
            <li>{t('actions.aboutQuestion', { text: pick(question.text, language) })}</li>
          ) : null}
        </ul>
      ) : null}
      <div className="ins-pulse-action__text">
        <Markdown text={action.description} />
      </div>
      <p className="ins-meta">
        {t('actions.publishedBy', {
          name: person(action.createdBy),
          date: formatDateTime(action.createdAt, language),
        })}
      </p>
      {laterResponse ? (
        <div className="ins-pulse-action__update">
          <p className="ins-pulse-action__label">{t('actions.latestResponse')}</p>
          <Markdown text={laterResponse} />
          {feedback.respondedAt ? (
            <p className="ins-meta">
              {t('actions.respondedBy', {
                name: person(feedback.responder),
                date: formatDateTime(feedback.respondedAt, language),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      <FeedbackLinks links={feedback.links} label={tc('feedback.block.links')} />
      <FeedbackHistory
        entries={history}
        summary={t('actions.history', { count: history.length })}
        responderName={person}
      />
      <div className="ins-pulse-action__follow">
        <button
          type="button"
          className="ins-follow-button"
          aria-pressed={action.viewer.following}
          aria-busy={following.loading || undefined}
          onClick={() => void toggleFollow()}
        >
          {t('actions.follow')}
          <span className="ins-visually-hidden">{` ${context}`}</span>
        </button>
        <span className="ins-meta">{t('actions.followers', { count: action.followerCount })}</span>
      </div>
      {action.viewer.canManage ? (
        <div className="ins-pulse-action__manage">
          <div className="ins-pulse-action__buttons">
            <SecondaryActionButton type="button" onClick={onEdit}>
              {t('actions.edit')}
              <span className="ins-visually-hidden">{` ${context}`}</span>
            </SecondaryActionButton>
            {feedback.status !== 'MERGED' ? (
              <SecondaryActionButton
                type="button"
                aria-expanded={responding}
                aria-controls={respondId}
                onClick={() => setResponding((open) => !open)}
              >
                {t('actions.changeStatus')}
                <span className="ins-visually-hidden">{` ${context}`}</span>
              </SecondaryActionButton>
            ) : null}
            <Link to={trajectoryInboxPath(action.trajectoryId)} className="utrecht-link">
              {t('actions.inbox')}
            </Link>
          </div>
          <div id={respondId} hidden={!responding}>
            {responding ? (
              <RespondForm
                target={{
                  id: action.id,
                  title: action.title,
                  trajectoryId: action.trajectoryId,
                  status: feedback.status,
                  firstResponse: !feedback.firstRespondedAt,
                }}
                refetch={['PulseResults']}
                onDone={() => setResponding(false)}
              />
            ) : null}
          </div>
        </div>
      ) : null}
    </li>
  );
}
