import { useMutation } from '@apollo/client/react';
import {
  Dialog,
  PrimaryActionButton,
  SecondaryActionButton,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../app/toasts';
import { fieldErrorText } from '../../../lib/field-errors';
import { feedbackFieldErrors, feedbackProblem } from '../feedback-errors';
import { MergeInputMutation } from '../graphql/feedback';
import { RESPONSE_MAX } from './RespondForm';

export interface MergeCandidate {
  id: string;
  title: string;
}

/** Finds inputs an input may be merged into (same container), by words of their title. */
export type MergeSearch = (text: string) => Promise<MergeCandidate[]>;

export interface MergeDialogProps {
  source: MergeCandidate;
  search: MergeSearch;
  refetch: string[];
  onClose: () => void;
}

/**
 * Merge a duplicate into the input that stays: search it by title, choose it, say why. The
 * supporters and followers move over; the author hears where their input went.
 */
export function MergeDialog({ source, search, refetch, onClose }: MergeDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const formId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<MergeCandidate[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [intoId, setIntoId] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ query?: string; intoId?: string; text?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(MergeInputMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });

  const find = async () => {
    setProblem(null);
    if (query.trim().length < 3) {
      setErrors((current) => ({ ...current, query: t('feedback.merge.searchTooShort') }));
      document.getElementById(`${formId}-query`)?.focus();
      return;
    }
    setErrors((current) => ({ ...current, query: undefined }));
    setSearching(true);
    try {
      const found = (await search(query.trim())).filter((candidate) => candidate.id !== source.id);
      setResults(found);
      if (!found.some((candidate) => candidate.id === intoId)) setIntoId('');
    } catch (caught) {
      setProblem(feedbackProblem(t, caught));
    } finally {
      setSearching(false);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = {
      intoId: intoId ? undefined : t('feedback.merge.chooseTarget'),
      text: text.trim() ? undefined : t('feedback.respond.textRequired'),
    };
    setErrors(found);
    if (found.intoId) {
      document.getElementById(`${formId}-query`)?.focus();
      return;
    }
    if (found.text) {
      document.getElementById(`${formId}-text`)?.focus();
      return;
    }
    try {
      const result = await merge({
        variables: { input: { inputId: source.id, intoId, text: text.trim() } },
      });
      toast(
        t('feedback.merge.done', {
          title: source.title,
          target: result.data?.mergeInput.title ?? '',
        }),
      );
      onClose();
    } catch (caught) {
      const fields = feedbackFieldErrors(caught);
      if (fields.text) setErrors({ text: fieldErrorText(t, fields.text) });
      else setProblem(feedbackProblem(t, caught));
    }
  };

  return (
    <Dialog
      open
      title={t('feedback.merge.title', { title: source.title })}
      onClose={onClose}
      closeLabel={t('common.close')}
      actions={
        <>
          <PrimaryActionButton type="submit" form={formId} busy={loading} disabled={loading}>
            {t('feedback.merge.confirm')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onClose}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </>
      }
    >
      <p>{t('feedback.merge.intro')}</p>
      {problem ? (
        <p role="alert" className="ins-inline-error">
          {problem}
        </p>
      ) : null}
      <form id={formId} noValidate onSubmit={(event) => void submit(event)}>
        {/* Enter in the search field searches (the form's own submit is the merge). */}
        <div
          className="ins-merge-search"
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || (event.target as HTMLElement).id !== `${formId}-query`)
              return;
            event.preventDefault();
            void find();
          }}
        >
          <TextField
            id={`${formId}-query`}
            type="search"
            label={t('feedback.merge.search')}
            description={t('feedback.merge.searchHint')}
            value={query}
            onChange={setQuery}
            error={errors.query ?? errors.intoId}
            errorPrefix={t('common.errorPrefix')}
            autoComplete="off"
            maxLength={200}
          />
          <SecondaryActionButton
            type="button"
            busy={searching}
            disabled={searching}
            onClick={() => void find()}
          >
            {t('common.search')}
          </SecondaryActionButton>
        </div>
        {results ? (
          results.length === 0 ? (
            <p role="status">{t('feedback.merge.noResults')}</p>
          ) : (
            <fieldset className="ins-fieldset ins-merge-results">
              <legend>{t('feedback.merge.results', { count: results.length })}</legend>
              {results.map((candidate) => (
                <label key={candidate.id} className="ins-merge-results__option">
                  <input
                    type="radio"
                    name={`${formId}-into`}
                    value={candidate.id}
                    checked={intoId === candidate.id}
                    onChange={() => setIntoId(candidate.id)}
                  />
                  {candidate.title}
                </label>
              ))}
            </fieldset>
          )
        ) : null}
        <TextAreaField
          id={`${formId}-text`}
          label={t('feedback.merge.text')}
          description={t('feedback.merge.textHint')}
          value={text}
          onChange={setText}
          error={errors.text}
          errorPrefix={t('common.errorPrefix')}
          maxLength={RESPONSE_MAX}
          required
        />
      </form>
    </Dialog>
  );
}
