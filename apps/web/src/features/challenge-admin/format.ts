import type { Language } from '../../i18n/i18n';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** "1 december 2026" / "1 December 2026"; null for no date. */
export function formatDay(iso: string | null | undefined, language: Language): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(date);
}
