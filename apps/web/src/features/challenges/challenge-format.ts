import type { TFunction } from 'i18next';
import type { ChallengeState } from '../../gql/graphql';
import type { Language } from '../../i18n/i18n';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "12 maart 2026" / "12 March 2026". */
export function formatDate(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(new Date(value));
}

export function challengeStateLabel(t: TFunction, state: ChallengeState): string {
  return t(`challenges.states.${state}`);
}

/** "Open tot 12 maart 2026", "Open sinds …", or nothing when no dates are set. */
export function timelineText(
  t: TFunction,
  language: Language,
  challenge: { opensAt?: string | null; closesAt?: string | null },
): string | null {
  const { opensAt, closesAt } = challenge;
  if (opensAt && closesAt) {
    return t('challenges.timeline.between', {
      from: formatDate(opensAt, language),
      to: formatDate(closesAt, language),
    });
  }
  if (closesAt) return t('challenges.timeline.until', { to: formatDate(closesAt, language) });
  if (opensAt) return t('challenges.timeline.from', { from: formatDate(opensAt, language) });
  return null;
}
