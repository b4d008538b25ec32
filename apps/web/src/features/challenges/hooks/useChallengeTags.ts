import { useQuery } from '@apollo/client/react';
import { ChallengeTagsQuery } from '../graphql/challenge-tags';

export interface TagOption {
  value: string;
  /** "tag (count)"; a chosen tag no idea carries (any more) shows without a count. */
  label: string;
}

/**
 * The options of the tag filter: the challenge's most used tags (the API counts them over all
 * visible ideas, not only the loaded page), plus the chosen tag if it is not among them.
 */
export function tagOptions(
  tags: readonly { tag: string; count: number }[],
  chosen: string | null,
  formatCount: (n: number) => string,
): TagOption[] {
  const options = tags.map(({ tag, count }) => ({
    value: tag,
    label: `${tag} (${formatCount(count)})`,
  }));
  if (chosen && !tags.some(({ tag }) => tag === chosen))
    options.push({ value: chosen, label: chosen });
  return options;
}

/** The tag counts of a challenge; refreshed on every visit (new ideas bring new tags). */
export function useChallengeTags(challengeId: string) {
  const { data } = useQuery(ChallengeTagsQuery, {
    variables: { id: challengeId },
    fetchPolicy: 'cache-and-network',
  });
  return data?.challenge.tags ?? [];
}
