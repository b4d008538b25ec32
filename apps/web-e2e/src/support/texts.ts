import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from './browser';

// The app's own translation files, read from disk: tests expect exactly what users see.
type Texts = typeof import('../../../web/src/i18n/nl.json');

function load(language: Language): Texts {
  const file = resolve(__dirname, `../../../web/src/i18n/${language}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Texts;
}

export const TEXTS: Record<Language, Texts> = { nl: load('nl'), en: load('en') };

/** `{{name}}`-style placeholders filled in, as i18next does. */
export function fill(text: string, values: Record<string, string | number>) {
  return text.replace(/{{\s*(\w+)\s*}}/g, (_, key: string) => String(values[key] ?? ''));
}
