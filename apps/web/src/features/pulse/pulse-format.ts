import type { Language } from '../../i18n/i18n';

/** A text the API gives in both languages. */
export interface BilingualText {
  nl: string;
  en: string;
}

/** The wording in the reader's language (Dutch when the English one is missing). */
export function pick(text: BilingualText | null | undefined, language: Language): string {
  if (!text) return '';
  return (language === 'en' ? text.en : text.nl) || text.nl;
}

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** 0–1 as "62%"; null as an empty string (the caller decides what "no value" says). */
export function formatShare(share: number | null | undefined, language: Language): string {
  if (share == null) return '';
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** A mean or score with one decimal ("3,8" / "3.8"). */
export function formatDecimal(value: number | null | undefined, language: Language): string {
  if (value == null) return '';
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** An eNPS (−100 to 100) with its sign ("+12", "−8", "0"). */
export function formatEnps(value: number | null | undefined, language: Language): string {
  if (value == null) return '';
  return new Intl.NumberFormat(LOCALES[language], {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** A day as "1 december 2026". */
export function formatDay(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long' }).format(date);
}

/** A file name for an export: "pulsmeting-kwaliteit-van-werk-ronde-2.csv". */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  const slug = parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'pulse'}.csv`;
}

/** The CSV the API sends starts with a BOM; the download adds its own. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
