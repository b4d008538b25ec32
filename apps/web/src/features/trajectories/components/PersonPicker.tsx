import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PersonSearchPicker, type PickedPerson } from '../../people/PersonSearchPicker';
import { TrajectoryCandidatesQuery } from '../graphql/trajectory-queries';

export type { PickedPerson };

export interface PersonPickerProps {
  /** Ids for the search field and the result group (the dialog focuses them on errors). */
  id: string;
  trajectoryId: string;
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  /** People who cannot be picked here (e.g. the current owner). */
  excludeIds?: readonly string[];
}

/** Finds a person who may join the trajectory's team (`trajectoryCandidates`) and picks one. */
export function PersonPicker({
  id,
  trajectoryId,
  label,
  value,
  onChange,
  error,
  excludeIds = [],
}: PersonPickerProps) {
  const { t } = useTranslation();
  const [find, { data, loading, error: loadError, called }] =
    useLazyQuery(TrajectoryCandidatesQuery);
  const people = (data?.trajectoryCandidates ?? []).filter(
    (person) => !excludeIds.includes(person.id),
  );
  return (
    <PersonSearchPicker
      id={id}
      label={label}
      texts={{
        description: t('trajectories.people.searchHint'),
        searching: t('trajectories.people.searching'),
        found: (count) => t('trajectories.people.found', { count }),
        none: t('trajectories.people.none'),
        tooShort: t('trajectories.people.tooShort'),
        results: t('trajectories.people.results'),
        button: t('trajectories.people.search'),
      }}
      value={value}
      onChange={onChange}
      error={value || !error ? undefined : error}
      people={people}
      state={{ loading, failed: !!loadError, done: called && !!data }}
      onSearch={(search) => void find({ variables: { trajectoryId, search } })}
    />
  );
}
