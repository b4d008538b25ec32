import { SelectField } from '@inspraak/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FeedbackStatus,
  FeedbackTemplateFieldsFragment,
  SimPhase,
} from '../../../gql/graphql';
import { SIM_PHASES } from '../inbox-filter';

interface StatusSelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  statuses: readonly FeedbackStatus[];
  /** A first option for "no status" (filters: "all statuses"). */
  emptyLabel?: string;
  description?: ReactNode;
}

/** A feedback status by its Dutch or English name. */
export function StatusSelect<V extends FeedbackStatus | ''>({
  id,
  label,
  value,
  onChange,
  statuses,
  emptyLabel,
  description,
}: StatusSelectProps<V>) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={label}
      description={description}
      value={value}
      onChange={(next) => onChange(next as V)}
      options={[
        ...(emptyLabel !== undefined ? [{ value: '', label: emptyLabel }] : []),
        ...statuses.map((status) => ({ value: status, label: t(`feedback.statuses.${status}`) })),
      ]}
    />
  );
}

/** A SIM phase filter with "all phases" first. */
export function PhaseFilter({
  id,
  value,
  onChange,
}: {
  id: string;
  value: SimPhase | '';
  onChange: (value: SimPhase | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={id}
      label={t('feedback.filters.phase')}
      value={value}
      onChange={(next) => onChange(next as SimPhase | '')}
      options={[
        { value: '', label: t('feedback.filters.allPhases') },
        ...SIM_PHASES.map((phase) => ({ value: phase, label: t(`trajectories.phases.${phase}`) })),
      ]}
    />
  );
}

/** Response templates by title and the status they set; the first option is "none". */
export function TemplateSelect({
  id,
  templates,
  value,
  onChange,
  emptyLabel,
  description,
}: {
  id: string;
  templates: readonly FeedbackTemplateFieldsFragment[];
  value: string;
  onChange: (id: string) => void;
  emptyLabel: string;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  if (templates.length === 0) return null;
  return (
    <SelectField
      id={id}
      label={t('feedback.respond.template')}
      description={description}
      value={value}
      onChange={onChange}
      options={[
        { value: '', label: emptyLabel },
        ...templates.map((template) => ({
          value: template.id,
          label: `${template.title} (${t(`feedback.statuses.${template.status}`)})`,
        })),
      ]}
    />
  );
}
