import { RadioGroupField, SecondaryActionButton, TextField } from '@inspraak/web-ui';
import { useLazyQuery } from '@apollo/client/react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TrajectoryCandidatesQuery } from '../graphql/trajectory-queries';

export interface PickedPerson {
  id: string;
  name: string;
}

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

/**
 * Finds a person by part of the name or e-mail address and lets the user pick one: a search
 * field with a button (Enter searches too), the results as radio buttons, and the number found
 * announced politely.
 */
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
  const [search, setSearch] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [find, { data, loading, error: loadError, called }] =
    useLazyQuery(TrajectoryCandidatesQuery);
  const people = (data?.trajectoryCandidates ?? []).filter(
    (person) => !excludeIds.includes(person.id),
  );

  const run = () => {
    const term = search.trim();
    setTooShort(term.length < 2);
    if (term.length < 2) return;
    onChange(null);
    void find({ variables: { trajectoryId, search: term } });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      // Enter in the search field searches; it does not submit the dialog's form.
      event.preventDefault();
      run();
    }
  };

  let status = '';
  if (loading) status = t('trajectories.people.searching');
  else if (loadError) status = t('common.loadError');
  else if (called && data) status = t('trajectories.people.found', { count: people.length });

  return (
    <div className="ins-person-picker">
      <div className="ins-person-picker__search" onKeyDown={onKeyDown}>
        <TextField
          id={id}
          type="search"
          label={label}
          description={t('trajectories.people.searchHint')}
          value={search}
          onChange={(next) => {
            setSearch(next);
            setTooShort(false);
          }}
          autoComplete="off"
          maxLength={100}
          error={tooShort ? t('trajectories.people.tooShort') : value || !error ? undefined : error}
          errorPrefix={t('common.errorPrefix')}
        />
        <SecondaryActionButton type="button" onClick={run}>
          {t('trajectories.people.search')}
        </SecondaryActionButton>
      </div>
      <p className="ins-visually-hidden" role="status">
        {status}
      </p>
      {called && !loading && people.length === 0 && data ? (
        <p className="ins-field__description">{t('trajectories.people.none')}</p>
      ) : null}
      {people.length > 0 ? (
        <RadioGroupField
          legend={t('trajectories.people.results')}
          name={`${id}-results`}
          value={value?.id ?? ''}
          onChange={(picked) => {
            const person = people.find((p) => p.id === picked);
            onChange(person ? { id: person.id, name: person.name } : null);
          }}
          options={people.map((person) => ({
            value: person.id,
            label: `${person.name} (${person.email})`,
          }))}
        />
      ) : null}
    </div>
  );
}
