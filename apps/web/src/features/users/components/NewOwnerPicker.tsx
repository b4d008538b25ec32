import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PersonSearchPicker, type PickedPerson } from '../../people/PersonSearchPicker';
import { OwnerCandidatesQuery } from '../graphql/users-query';

export type PickedOwner = PickedPerson;

export interface NewOwnerPickerProps {
  /** The search field's id (the dialog focuses it on an error). */
  id: string;
  /** The person being erased: never a candidate. */
  excludeId: string;
  value: PickedOwner | null;
  onChange: (owner: PickedOwner | null) => void;
  error?: string;
}

/**
 * Finds an active person (the admin `users` search, active accounts only) to take over the
 * trajectories of someone being erased. The person being erased is left out.
 */
export function NewOwnerPicker({ id, excludeId, value, onChange, error }: NewOwnerPickerProps) {
  const { t } = useTranslation();
  // Not cached: the admin list keeps its own pages of `users`.
  const [find, { data, loading, error: loadError, called }] = useLazyQuery(OwnerCandidatesQuery, {
    fetchPolicy: 'no-cache',
  });
  const people = (data?.users.edges ?? [])
    .map((edge) => edge.node)
    .filter((person) => person.id !== excludeId && !person.deactivatedAt && !person.erasedAt);
  return (
    <PersonSearchPicker
      id={id}
      label={t('users.erase.newOwner')}
      texts={{
        description: t('users.erase.newOwnerHint'),
        searching: t('users.erase.searching'),
        found: (count) => t('users.erase.found', { count }),
        none: t('users.erase.none'),
        tooShort: t('users.erase.tooShort'),
        results: t('users.erase.results'),
        button: t('common.search'),
      }}
      value={value}
      onChange={onChange}
      error={error}
      people={people}
      state={{ loading, failed: !!loadError, done: called && !!data }}
      onSearch={(search) => void find({ variables: { search } })}
    />
  );
}
