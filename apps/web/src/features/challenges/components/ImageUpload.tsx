import { SecondaryActionButton, SubtleButton, TextField } from '@inspraak/web-ui';
import { useId, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { IMAGE_TYPES, UploadFailed, uploadImage, type UploadedImage } from '../upload';

export const MAX_IMAGES = 5;
/** The server's limit for an image's text alternative (INPUT_LIMITS.imageDescription). */
export const IMAGE_DESCRIPTION_MAX = 250;

interface Pending {
  key: number;
  name: string;
  progress: number;
}

export interface ImageUploadProps {
  images: readonly UploadedImage[];
  /** A state setter: uploads finishing together each add their image. */
  onChange: Dispatch<SetStateAction<UploadedImage[]>>;
}

/** Add images to an idea: each uploads at once with visible progress; failures are explained. */
export function ImageUpload({ images, onChange }: ImageUploadProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const nextKey = useRef(1);

  const add = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setProblems([]);
    const room = MAX_IMAGES - images.length - pending.length;
    const chosen = [...files].slice(0, Math.max(0, room));
    if (files.length > chosen.length) {
      setProblems((current) => [...current, t('challenges.images.tooMany', { max: MAX_IMAGES })]);
    }
    await Promise.all(
      chosen.map(async (file) => {
        const key = nextKey.current++;
        setPending((current) => [...current, { key, name: file.name, progress: 0 }]);
        try {
          const image = await uploadImage(file, (progress) =>
            setPending((current) =>
              current.map((item) => (item.key === key ? { ...item, progress } : item)),
            ),
          );
          onChange((current) => [...current, image]);
        } catch (caught) {
          const problem = caught instanceof UploadFailed ? caught.problem : 'UNKNOWN';
          setProblems((current) => [
            ...current,
            t('challenges.images.failed', {
              name: file.name,
              reason: t(`challenges.images.problems.${problem}`),
            }),
          ]);
        } finally {
          setPending((current) => current.filter((item) => item.key !== key));
        }
      }),
    );
    if (input.current) input.current.value = '';
  };

  return (
    <fieldset className="ins-fieldset ins-image-upload">
      <legend>{t('challenges.images.legend')}</legend>
      <p id={`${id}-hint`} className="ins-field__description">
        {t('challenges.images.hint', { max: MAX_IMAGES })}
      </p>
      {images.length > 0 ? (
        <ul className="ins-image-upload__list" aria-label={t('challenges.images.added')}>
          {images.map((image, index) => (
            <li key={image.id}>
              <img
                src={image.url}
                alt={image.description || t('challenges.images.alt', { number: index + 1 })}
              />
              <TextField
                label={t('challenges.images.description', { number: index + 1 })}
                description={t('challenges.images.descriptionHint')}
                value={image.description ?? ''}
                maxLength={IMAGE_DESCRIPTION_MAX}
                onChange={(value) =>
                  onChange((current) =>
                    current.map((other) =>
                      other.id === image.id ? { ...other, description: value } : other,
                    ),
                  )
                }
              />
              <SubtleButton
                type="button"
                onClick={() =>
                  onChange((current) => current.filter((other) => other.id !== image.id))
                }
              >
                {t('challenges.images.remove', { number: index + 1 })}
              </SubtleButton>
            </li>
          ))}
        </ul>
      ) : null}
      {pending.map((item) => (
        <div key={item.key} className="ins-image-upload__progress">
          <label htmlFor={`${id}-progress-${item.key}`}>
            {t('challenges.images.uploading', { name: item.name })}
          </label>
          <progress id={`${id}-progress-${item.key}`} max={1} value={item.progress} />
        </div>
      ))}
      {problems.length > 0 ? (
        <div role="alert">
          <ul className="ins-image-upload__problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept={IMAGE_TYPES.join(',')}
        multiple
        className="ins-visually-hidden"
        tabIndex={-1}
        aria-label={t('challenges.images.choose')}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void add(event.currentTarget.files)}
        disabled={images.length + pending.length >= MAX_IMAGES}
      />
      <SecondaryActionButton
        type="button"
        disabled={images.length + pending.length >= MAX_IMAGES}
        onClick={() => input.current?.click()}
      >
        {t('challenges.images.choose')}
      </SecondaryActionButton>
    </fieldset>
  );
}
