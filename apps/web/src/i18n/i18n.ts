import i18next, { type BackendModule, type i18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FEATURE_NAMESPACES, isFeatureNamespace } from './namespaces';
import nl from './nl.json';

export const SUPPORTED_LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

const STORAGE_KEY = 'inspraak.language';

/** The texts of one language (nl.json is the reference shape). */
export type Translations = ResourceKey;

// Dutch is the default and ships in the initial bundle; every other language is its own chunk,
// fetched only when it is chosen (see docs/architecture.md, web app i18n).
const LOADERS: Record<Language, () => Promise<Translations>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('./en.json').then((module) => module.default),
};

/**
 * i18next backend that imports a language's chunk on demand. i18next asks it only for languages
 * without a bundle, and `changeLanguage` waits for it before switching, so the page keeps showing
 * the old language until the new one is there (no keys, no missing-key fallbacks in between).
 */
const lazyTranslations: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) {
      callback(null, {});
      return;
    }
    const load = isFeatureNamespace(namespace)
      ? () => FEATURE_NAMESPACES[namespace][language]().then((module) => module.default)
      : LOADERS[language];
    load().then(
      (translations) => callback(null, translations),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

// localStorage can throw (private mode, blocked storage); the language choice is a nicety.
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function persistLanguage(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

/** Texts passed in whole (tests): per language, the default namespace and any feature ones. */
export type BundledTexts = Partial<Record<Language, Translations>>;
export type BundledNamespaces = Record<string, BundledTexts>;

function setUp(
  language: Language,
  bundled: BundledTexts,
  namespaces: BundledNamespaces = {},
): { instance: i18n; ready: Promise<unknown> } {
  const resources: Record<string, Record<string, Translations>> = { nl: { translation: nl } };
  for (const [code, translations] of Object.entries(bundled)) {
    resources[code] = { ...resources[code], translation: translations };
  }
  for (const [namespace, texts] of Object.entries(namespaces)) {
    for (const [code, translations] of Object.entries(texts)) {
      resources[code] = { ...resources[code], [namespace]: translations };
    }
  }
  const instance = i18next.createInstance();
  const ready = instance
    .use(lazyTranslations)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      initAsync: false,
      interpolation: { escapeValue: false }, // React escapes already.
      react: { useSuspense: false },
    });
  document.documentElement.lang = language;
  instance.on('languageChanged', persistLanguage);
  return { instance, ready };
}

/**
 * A fresh instance, ready at once for Dutch and for every language passed in `bundled` (tests pass
 * all of them). Any other language loads in the background: use `initI18n` to wait for it.
 */
export function createI18n(
  language: Language = readStoredLanguage(),
  bundled: BundledTexts = {},
  namespaces: BundledNamespaces = {},
): i18n {
  return setUp(language, bundled, namespaces).instance;
}

/** The app's instance: resolves once the stored (or given) language's texts are loaded. */
export async function initI18n(language: Language = readStoredLanguage()): Promise<i18n> {
  const { instance, ready } = setUp(language, {});
  await ready;
  return instance;
}

export function currentLanguage(instance: i18n): Language {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
