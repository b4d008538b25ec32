import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  SelectField,
  type SelectFieldOption,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trajectoryProblem } from '../trajectory-errors';
import { PersonPicker, type PickedPerson } from './PersonPicker';

export interface PersonDialogProps {
  trajectoryId: string;
  title: string;
  submitLabel: string;
  personLabel: string;
  /** An extra choice next to the person (a team role, a stakeholder). */
  choice?: { label: string; options: readonly SelectFieldOption[]; initial: string };
  excludeIds?: readonly string[];
  description?: string;
  onClose: () => void;
  /** Throws the API error on failure. */
  onSubmit: (person: PickedPerson, choice: string) => Promise<unknown>;
  onSaved: (person: PickedPerson) => void;
}

/** Pick a person (and optionally one more thing) and submit: team members, owner, raters. */
export function PersonDialog({
  trajectoryId,
  title,
  submitLabel,
  personLabel,
  choice,
  excludeIds,
  description,
  onClose,
  onSubmit,
  onSaved,
}: PersonDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [picked, setPicked] = useState(choice?.initial ?? '');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!person) {
      setMissing(true);
      setTimeout(() => document.getElementById(`${formId}-person`)?.focus(), 0);
      return;
    }
    setBusy(true);
    try {
      await onSubmit(person, picked);
      onSaved(person);
    } catch (caught) {
      setProblem(trajectoryProblem(t, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={busy} disabled={busy}>
            {submitLabel}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        {problem ? (
          <p role="alert" className="ins-inline-error">
            {problem}
          </p>
        ) : null}
        {description ? <p className="ins-field__description">{description}</p> : null}
        <PersonPicker
          id={`${formId}-person`}
          trajectoryId={trajectoryId}
          label={personLabel}
          value={person}
          onChange={(next) => {
            setPerson(next);
            if (next) setMissing(false);
          }}
          excludeIds={excludeIds}
          error={missing ? t('trajectories.fieldErrors.PERSON_REQUIRED') : undefined}
        />
        {choice ? (
          <SelectField
            id={`${formId}-choice`}
            label={choice.label}
            value={picked}
            onChange={setPicked}
            options={choice.options}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
