import { SelectField } from '@inspraak/web-ui';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_STATUSES } from '../feedback-status';
import type { InboxFilterState } from '../inbox-filter';
import { PhaseFilter, StatusSelect } from './FeedbackSelects';

export interface InboxFiltersProps {
  value: InboxFilterState;
  onChange: (next: InboxFilterState) => void;
  trajectories: readonly { id: string; title: string }[];
}

/** Trajectory, status and phase, and "overdue only" / "unanswered only"; applied at once. */
export function InboxFilters({ value, onChange, trajectories }: InboxFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<InboxFilterState>) => onChange({ ...value, ...patch });
  // A trajectory from the address that is not in the list still shows (and can be cleared).
  const known = trajectories.some((trajectory) => trajectory.id === value.trajectoryId);
  return (
    <form
      className="ins-feedback-filters"
      aria-label={t('feedback.inbox.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SelectField
        id="inbox-trajectory"
        label={t('feedback.filters.trajectory')}
        value={value.trajectoryId}
        onChange={(trajectoryId) => set({ trajectoryId })}
        options={[
          { value: '', label: t('feedback.filters.allTrajectories') },
          ...(value.trajectoryId && !known
            ? [{ value: value.trajectoryId, label: t('feedback.filters.thisTrajectory') }]
            : []),
          ...trajectories.map((trajectory) => ({ value: trajectory.id, label: trajectory.title })),
        ]}
      />
      <StatusSelect
        id="inbox-status"
        label={t('feedback.filters.status')}
        value={value.status}
        onChange={(status) => set({ status })}
        statuses={FEEDBACK_STATUSES}
        emptyLabel={t('feedback.filters.allStatuses')}
      />
      <PhaseFilter id="inbox-phase" value={value.phase} onChange={(phase) => set({ phase })} />
      <div className="ins-feedback-filters__checks">
        <label className="ins-feedback-check">
          <input
            type="checkbox"
            checked={value.overdueOnly}
            onChange={(event) => set({ overdueOnly: event.currentTarget.checked })}
          />
          {t('feedback.filters.overdueOnly')}
        </label>
        <label className="ins-feedback-check">
          <input
            type="checkbox"
            checked={value.unansweredOnly}
            onChange={(event) => set({ unansweredOnly: event.currentTarget.checked })}
          />
          {t('feedback.filters.unansweredOnly')}
        </label>
      </div>
    </form>
  );
}
