import { EmptyState, Heading2, PrimaryActionButton } from '@inspraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../../gql';
import '../../../feedback/feedback.css';
import { PulseActionFieldsFragment } from '../../graphql/actions';
import './actions.css';
import { PulseActionDialog, type ActionSubjects } from './PulseActionDialog';
import { PulseActionItem } from './PulseActionItem';

export interface PulseActionsSectionProps {
  roundId: string;
  actions: readonly FragmentType<typeof PulseActionFieldsFragment>[];
  subjects: ActionSubjects;
  /** The caller owns the survey (may publish actions). */
  canManage: boolean;
  /** The survey has no trajectory: no actions possible yet. */
  organisationWide: boolean;
}

/**
 * "You said, we did" for one round: the actions its owners published on the outcome, oldest
 * first, each with its feedback and a follow button; owners add and edit them here.
 */
export function PulseActionsSection({
  roundId,
  actions: actionRefs,
  subjects,
  canManage,
  organisationWide,
}: PulseActionsSectionProps) {
  const { t } = useTranslation('pulse');
  const actions = getFragmentData(PulseActionFieldsFragment, actionRefs);
  // 'new', an action's id, or null when no form is open.
  const [editing, setEditing] = useState<string | null>(null);
  const canAdd = canManage && !organisationWide;
  const editedAction = actions.find((action) => action.id === editing) ?? null;

  return (
    <section aria-labelledby="pulse-actions" className="ins-pulse-section ins-pulse-actions">
      <div className="ins-pulse-actions__header">
        <Heading2 id="pulse-actions">{t('actions.heading')}</Heading2>
        {canAdd ? (
          <PrimaryActionButton type="button" onClick={() => setEditing('new')}>
            {t('actions.add')}
          </PrimaryActionButton>
        ) : null}
      </div>
      <p className="ins-pulse-note">{t('actions.lead')}</p>
      {canManage && organisationWide ? (
        <p className="ins-pulse-note">{t('actions.organisationWide')}</p>
      ) : null}
      {actions.length > 0 ? (
        <ol className="ins-pulse-actions__list" aria-label={t('actions.listLabel')}>
          {actions.map((action) => (
            <PulseActionItem
              key={action.id}
              action={action}
              subjects={subjects}
              onEdit={() => setEditing(action.id)}
            />
          ))}
        </ol>
      ) : (
        <EmptyState
          title={t('actions.emptyTitle')}
          description={canAdd ? t('actions.emptyOwner') : t('actions.emptyOthers')}
        />
      )}
      {editing === 'new' || editedAction ? (
        <PulseActionDialog
          roundId={roundId}
          action={editedAction}
          subjects={subjects}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
