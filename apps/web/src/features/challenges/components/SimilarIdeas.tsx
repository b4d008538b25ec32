import { useQuery } from '@apollo/client/react';
import { INPUT_LIMITS } from '@inspraak/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SimilarIdeasQuery } from '../graphql/challenge-queries';
import { ideaPath } from '../paths';

const DEBOUNCE_MS = 350;
const MIN_LENGTH = 4;

/** The value after it stopped changing for `delay` ms. */
export function useDebounced<T>(value: T, delay = DEBOUNCE_MS): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/**
 * Up to five existing ideas resembling what is being typed; each opens in a new tab so the
 * form keeps its text.
 */
export function SimilarIdeas({
  challengeId,
  text,
  excludeId,
}: {
  challengeId: string;
  text: string;
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const query = useDebounced(text.trim().slice(0, INPUT_LIMITS.similarText));
  const skip = query.length < MIN_LENGTH;
  const { data, previousData } = useQuery(SimilarIdeasQuery, {
    variables: { challengeId, text: query },
    skip,
  });
  const similar = skip
    ? []
    : ((data ?? previousData)?.similarIdeas ?? []).filter((idea) => idea.id !== excludeId);
  return (
    <div className="ins-similar-ideas" aria-live="polite">
      {similar.length > 0 ? (
        <>
          <h2 className="ins-similar-ideas__title">{t('challenges.similar.title')}</h2>
          <p className="ins-field__description">{t('challenges.similar.hint')}</p>
          <ul>
            {similar.slice(0, 5).map((idea) => (
              <li key={idea.id}>
                <a href={ideaPath(idea.id)} target="_blank" rel="noopener">
                  {idea.title}
                  <span className="ins-visually-hidden">{t('challenges.similar.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
