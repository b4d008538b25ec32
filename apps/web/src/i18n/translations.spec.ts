import { describe, expect, it } from 'vitest';
import en from './en.json';
import { FEATURE_NAMESPACES } from './namespaces';
import nl from './nl.json';

type Tree = { [key: string]: string | string[] | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value))
      value.forEach((item, index) => out.set(`${path}.${index}`, item));
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// Feature namespaces (namespaces.ts) are prefixed with their name, so one check covers all.
const FEATURE_TEXTS = import.meta.glob<{ default: Tree }>('../features/*/i18n/*.json', {
  eager: true,
});
function withFeatures(language: 'nl' | 'en', texts: Map<string, string>): Map<string, string> {
  for (const [path, module] of Object.entries(FEATURE_TEXTS)) {
    const match = /features\/([^/]+)\/i18n\/(\w+)\.json$/.exec(path);
    if (match?.[2] !== language) continue;
    for (const [key, text] of flatten(module.default, `${match[1]}:`)) texts.set(key, text);
  }
  return texts;
}

const languages = { nl: withFeatures('nl', flatten(nl)), en: withFeatures('en', flatten(en)) };
const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have every feature namespace registered for lazy loading, in both languages', () => {
    const files = Object.keys(FEATURE_TEXTS)
      .map((path) => /features\/([^/]+)\/i18n\/(\w+)\.json$/.exec(path))
      .map((match) => `${match?.[1]}/${match?.[2]}`)
      .sort();
    const registered = Object.keys(FEATURE_NAMESPACES)
      .flatMap((namespace) => [`${namespace}/en`, `${namespace}/nl`])
      .sort();
    expect(files).toEqual(registered);
  });

  it('have the same keys in Dutch and English', () => {
    const missingInEn = [...languages.nl.keys()].filter((key) => !languages.en.has(key));
    const missingInNl = [...languages.en.keys()].filter((key) => !languages.nl.has(key));
    expect({ missingInEn, missingInNl }).toEqual({ missingInEn: [], missingInNl: [] });
  });

  it('have no empty texts', () => {
    for (const [language, texts] of Object.entries(languages)) {
      const empty = [...texts].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, language).toEqual([]);
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const mismatches = [...languages.nl].filter(
      ([key, text]) =>
        JSON.stringify(variables(text)) !== JSON.stringify(variables(languages.en.get(key) ?? '')),
    );
    expect(mismatches.map(([key]) => key)).toEqual([]);
  });
});
