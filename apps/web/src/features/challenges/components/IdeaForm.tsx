import {
  Alert,
  FormActions,
  PrimaryActionButton,
  TextAreaField,
  TextField,
} from '@inspraak/web-ui';
import { INPUT_LIMITS, normaliseTag } from '@inspraak/contracts';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiFieldErrors } from '../../../lib/graphql-errors';
import { challengeProblem } from '../challenge-errors';
import type { UploadedImage } from '../upload';
import { AnonymityExplanation } from './AnonymityExplanation';
import { CodeOfConduct } from './CodeOfConduct';
import { ImageUpload } from './ImageUpload';
import { SimilarIdeas } from './SimilarIdeas';

export interface IdeaFormValues {
  title: string;
  description: string;
  tags: string[];
  anonymous: boolean;
  images: UploadedImage[];
}

export interface IdeaFormProps {
  mode: 'new' | 'edit';
  challengeId: string;
  /** The idea being edited (left out of the similar ideas). */
  ideaId?: string;
  initial?: Partial<IdeaFormValues>;
  cancelTo: string;
  /** Saves; throws the API error (explained on the form). */
  onSubmit: (values: IdeaFormValues) => Promise<void>;
}

type Field = 'title' | 'description' | 'tags';

/** Splits "a, b ,#c" into normalised, distinct tags. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map(normaliseTag).filter(Boolean))];
}

export function validateIdea(values: {
  title: string;
  description: string;
  tags: string[];
}): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const title = values.title.trim();
  if (!title) errors.title = 'REQUIRED';
  else if (title.length < INPUT_LIMITS.ideaTitleMin) errors.title = 'TOO_SHORT';
  else if (title.length > INPUT_LIMITS.ideaTitle) errors.title = 'TOO_LONG';
  const description = values.description.trim();
  if (!description) errors.description = 'REQUIRED';
  else if (description.length > INPUT_LIMITS.ideaDescription) errors.description = 'TOO_LONG';
  if (values.tags.length > INPUT_LIMITS.tags) errors.tags = 'TOO_MANY';
  else if (
    values.tags.some((tag) => tag.length < INPUT_LIMITS.tagMin || tag.length > INPUT_LIMITS.tag)
  )
    errors.tags = 'TAG_LENGTH';
  return errors;
}

/** New idea or edit of one's own: text, tags, images, similar ideas, anonymity, code of conduct. */
export function IdeaForm({
  mode,
  challengeId,
  ideaId,
  initial,
  cancelTo,
  onSubmit,
}: IdeaFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [tagText, setTagText] = useState((initial?.tags ?? []).join(', '));
  const [anonymous, setAnonymous] = useState(initial?.anonymous ?? false);
  const [images, setImages] = useState<UploadedImage[]>(initial?.images ?? []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const tags = parseTags(tagText);

  const errorText = (field: Field, code: string | undefined) => {
    if (!code) return undefined;
    const limits = {
      min: INPUT_LIMITS.ideaTitleMin,
      max:
        field === 'title'
          ? INPUT_LIMITS.ideaTitle
          : field === 'description'
            ? INPUT_LIMITS.ideaDescription
            : INPUT_LIMITS.tags,
      tagMin: INPUT_LIMITS.tagMin,
      tagMax: INPUT_LIMITS.tag,
    };
    switch (code) {
      case 'REQUIRED':
        return t(`challenges.form.errors.${field}Required`);
      case 'TOO_SHORT':
      case 'MIN_LENGTH':
        return t('challenges.form.errors.tooShort', limits);
      case 'TOO_LONG':
      case 'MAX_LENGTH':
        return t('challenges.form.errors.tooLong', limits);
      case 'TOO_MANY':
        return t('challenges.form.errors.tooManyTags', limits);
      case 'TAG_LENGTH':
        return t('challenges.form.errors.tagLength', limits);
      default:
        return t('challenges.form.errors.invalid');
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateIdea({ title, description, tags });
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      setProblem(t('challenges.form.fix'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        title: title.trim(),
        description: description.trim(),
        tags,
        anonymous,
        images,
      });
    } catch (caught) {
      const fields = apiFieldErrors(caught);
      const fromApi: Partial<Record<Field, string>> = {};
      for (const field of ['title', 'description', 'tags'] as const) {
        const code = Object.entries(fields).find(
          ([name]) => name === field || name.startsWith(`${field}.`),
        )?.[1];
        if (code) fromApi[field] = code;
      }
      setErrors(fromApi);
      setProblem(challengeProblem(t, caught));
      setBusy(false);
    }
  };

  return (
    <form className="ins-idea-form" onSubmit={(event) => void submit(event)} noValidate>
      {problem ? (
        <Alert type="error" role="alert">
          {problem}
        </Alert>
      ) : null}
      <div className="ins-idea-form__grid">
        <div className="ins-idea-form__fields">
          <TextField
            ref={titleRef}
            id={`${id}-title`}
            name="title"
            label={t('challenges.form.title')}
            description={t('challenges.form.titleHint', {
              min: INPUT_LIMITS.ideaTitleMin,
              max: INPUT_LIMITS.ideaTitle,
            })}
            value={title}
            onChange={setTitle}
            maxLength={INPUT_LIMITS.ideaTitle}
            error={errorText('title', errors.title)}
            errorPrefix={t('common.errorPrefix')}
            required
          />
          <TextAreaField
            id={`${id}-description`}
            label={t('challenges.form.description')}
            description={t('challenges.markdownHint')}
            value={description}
            onChange={setDescription}
            maxLength={INPUT_LIMITS.ideaDescription}
            error={errorText('description', errors.description)}
            errorPrefix={t('common.errorPrefix')}
            required
          />
          <SimilarIdeas
            challengeId={challengeId}
            text={`${title} ${description.slice(0, 200)}`}
            excludeId={ideaId}
          />
          <TextField
            id={`${id}-tags`}
            name="tags"
            label={t('challenges.form.tags')}
            description={t('challenges.form.tagsHint', { max: INPUT_LIMITS.tags })}
            value={tagText}
            onChange={setTagText}
            error={errorText('tags', errors.tags)}
            errorPrefix={t('common.errorPrefix')}
          />
          {tags.length > 0 ? (
            <ul className="ins-tags" aria-label={t('challenges.form.tagsPreview')}>
              {tags.map((tag) => (
                <li key={tag} className="ins-tag">
                  {tag}
                </li>
              ))}
            </ul>
          ) : null}
          <ImageUpload images={images} onChange={setImages} />
          {mode === 'new' ? (
            <fieldset className="ins-fieldset ins-anonymity">
              <legend>{t('challenges.anonymity.legend')}</legend>
              <div className="ins-checkbox-field">
                <input
                  id={`${id}-anonymous`}
                  type="checkbox"
                  name="anonymous"
                  checked={anonymous}
                  onChange={(event) => setAnonymous(event.currentTarget.checked)}
                  aria-describedby={`${id}-anonymity`}
                />
                <label htmlFor={`${id}-anonymous`}>{t('challenges.anonymity.toggle')}</label>
              </div>
              <AnonymityExplanation id={`${id}-anonymity`} />
            </fieldset>
          ) : initial?.anonymous ? (
            <p className="ins-meta">{t('challenges.anonymity.editNote')}</p>
          ) : null}
          <CodeOfConduct />
          <FormActions>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {mode === 'new' ? t('challenges.form.submit') : t('challenges.form.save')}
            </PrimaryActionButton>
            <Link to={cancelTo} className="ins-button-link ins-button-link--secondary">
              {t('common.cancel')}
            </Link>
          </FormActions>
        </div>
      </div>
    </form>
  );
}
