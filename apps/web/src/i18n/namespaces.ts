import type { ResourceKey } from 'i18next';

type Loader = () => Promise<{ default: ResourceKey }>;

/**
 * Feature texts that are not in the initial bundle: each namespace is a pair of JSON files next
 * to its feature, fetched the first time a page asks for it (`useTranslation('<namespace>')`,
 * usually through `FeatureTexts` around the feature's routes) and, after that, with every
 * language change before the switch. The default namespace (`translation`, nl.json/en.json)
 * holds what the shell and the initial pages need. A namespace is named after its feature folder
 * (`features/<namespace>/i18n/<language>.json`); tests bundle them all (test/render-app.tsx). See docs/architecture.md, web app i18n.
 */
export const FEATURE_NAMESPACES = {
  pulse: {
    nl: () => import('../features/pulse/i18n/nl.json'),
    en: () => import('../features/pulse/i18n/en.json'),
  },
  'pulse-answer': {
    nl: () => import('../features/pulse-answer/i18n/nl.json'),
    en: () => import('../features/pulse-answer/i18n/en.json'),
  },
} satisfies Record<string, Record<'nl' | 'en', Loader>>;

export type FeatureNamespace = keyof typeof FEATURE_NAMESPACES;

export function isFeatureNamespace(value: string): value is FeatureNamespace {
  return Object.prototype.hasOwnProperty.call(FEATURE_NAMESPACES, value);
}
