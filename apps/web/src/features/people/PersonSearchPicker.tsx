import { RadioGroupField, SecondaryActionButton, TextField } from '@inspraak/web-ui';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickedPerson {
  id: string;
  name: string;
}

export interface PersonSearchTexts {
  description: string;
  searching: string;
  found: (count: number) => string;
  none: string;
  tooShort: string;
  results: string;
  button: string;
}

export interface PersonSearchPickerProps {
  /** Ids for the search field and the result group (a dialog focuses them on errors). */
  id: string;
  label: string;
  texts: PersonSearchTexts;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  /** The candidates of the last search, already filtered by the caller. */
  people: readonly { id: string; name: string; email: string }[];
  /** The last search: running, failed, or answered (`done`). */
  state: { loading: boolean; failed: boolean; done: boolean };
  /** Runs a search for `term` (at least 2 characters). */
  onSearch: (term: string) => void;
}

/**
 * Finds a person by part of the name or e-mail address and lets the user pick one: a search
 * field with a button (Enter searches too, without submitting the surrounding form), the results
 * as radio buttons, and the number found announced politely. The caller owns the query.
 */
export function PersonSearchPicker({
  id,
  label,
  texts,
  value,
  onChange,
  error,
  people,
  state,
  onSearch,
}: PersonSearchPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const run = () => {
    const term = search.trim();
    setTooShort(term.length < 2);
    if (term.length < 2) return;
    onChange(null);
    onSearch(term);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  };

  let status = '';
  if (state.loading) status = texts.searching;
  else if (state.failed) status = t('common.loadError');
  else if (state.done) status = texts.found(people.length);

  return (
    <div className="ins-person-picker">
      <div className="ins-person-picker__search" onKeyDown={onKeyDown}>
        <TextField
          id={id}
          type="search"
          label={label}
          description={texts.description}
          value={search}
          onChange={(next) => {
            setSearch(next);
            setTooShort(false);
          }}
          autoComplete="off"
          maxLength={100}
          error={tooShort ? texts.tooShort : error}
          errorPrefix={t('common.errorPrefix')}
        />
        <SecondaryActionButton type="button" onClick={run}>
          {texts.button}
        </SecondaryActionButton>
      </div>
      <p className="ins-visually-hidden" role="status">
        {status}
      </p>
      {state.done && !state.loading && people.length === 0 ? (
        <p className="ins-field__description">{texts.none}</p>
      ) : null}
      {people.length > 0 ? (
        <RadioGroupField
          legend={texts.results}
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
